"""`govnews serve`: the database in Datasette, for analysts' browsers."""

from __future__ import annotations

import socket

import click

from crawler.cli.common import Failed, db_option, open_store

# Only this machine: Datasette has no login, and the file is the whole archive.
HOST = "127.0.0.1"
DEFAULT_PORT = 8001  # Datasette's own


@click.command()
@db_option
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535),
              help="The port to serve on (0: any free one, said on stderr).")
def serve(db_path: str, port: int) -> None:
    """Browse and search the articles in Datasette on 127.0.0.1: facets by site, day and
    duplicate kind, canned queries, and an Atom feed of any search.

    Needs the `serve` extra: pip install 'govnews[serve]'.
    """
    try:
        import uvicorn

        from crawler.outputs.datasette import datasette_app
    except ImportError:
        raise Failed("govnews serve needs Datasette: pip install 'govnews[serve]'") from None
    open_store(db_path, read_only=True).close()  # a missing file is one line; an old one is upgraded
    app = datasette_app(db_path)
    listening = socket.socket()
    try:
        listening.bind((HOST, port))
    except OSError as error:
        raise Failed(f"cannot serve on {HOST}:{port}: {error.strerror}") from None
    listening.listen()  # from here connections wait in the backlog until uvicorn takes them
    click.echo(f"serving {db_path} on http://{HOST}:{listening.getsockname()[1]}/ (Ctrl-C stops)", err=True)
    server = uvicorn.Server(uvicorn.Config(app.app(), log_level="warning"))
    server.run(sockets=[listening])
