"""`python -m crawler.cli`: the command line, as the tests and the daemon's crawls start it."""

from crawler.cli import main

main()
