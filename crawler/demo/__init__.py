"""The built-in demo site, made from the seed pages, for the offline demo, tests and benchmarks."""

# The demo site's usual port, so that its URLs stay the same from one crawl to the next.
DEMO_PORT = 8642
