"""The built-in demo site, made from the seed pages, for the offline demo, tests and benchmarks."""
