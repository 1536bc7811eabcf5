"""`govnews demo-site`: the demo news site alone, to point a site list at."""

from __future__ import annotations

import click

from crawler.cli.common import Failed
from crawler.demo import DEMO_PORT


@click.command("demo-site")
@click.option("--port", default=DEMO_PORT, show_default=True, type=click.IntRange(0, 65535), help="Port on 127.0.0.1 (0: any free one).")
def demo_site(port: int) -> None:
    """Serve the demo news site on 127.0.0.1 until interrupted (Ctrl-C); it names the
    column of each CMS family to try govnews add-site on."""
    from crawler.demo.site import DemoServer

    try:
        server = DemoServer(port=port)
    except OSError as error:
        raise Failed(f"cannot serve on 127.0.0.1:{port}: {error.strerror}") from None
    with server:
        click.echo(f"demo site at {server.base_url}/news/list_1.html (Ctrl-C to stop)")
        click.echo("columns to try govnews add-site on:")
        for column in server.site.columns:
            click.echo(f"  {column.family:8} {server.base_url}{column.start_path}")
        try:
            server.thread.join()
        except KeyboardInterrupt:
            pass
    click.echo(f"served {sum(server.site.visits.values())} requests")
