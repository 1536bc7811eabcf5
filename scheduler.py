"""The daemon's entry point: `python scheduler.py [OPTIONS]` is `govnews run [OPTIONS]`.

Kept thin on purpose: reading the site list, scheduling and starting crawls all live in
crawler/daemon.py, behind the `run` command.
"""

import sys

from crawler.cli import cli

if __name__ == "__main__":
    cli(["run", *sys.argv[1:]], prog_name="scheduler.py")
