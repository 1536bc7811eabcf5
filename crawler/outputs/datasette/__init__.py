"""The database as a Datasette site (`govnews serve`): the shipped metadata (search,
facets, canned queries, an Atom feed of a search) and a plugin that gives Datasette's SQL
the store's query reading, so a canned query finds two-character words too.

Datasette is an optional extra (`pip install 'govnews[serve]'`): nothing else imports
this package.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

# Cells longer than this many characters are cut in Datasette's HTML tables (the article
# bodies run to thousands).
TRUNCATE_CELLS = 200
SETTINGS = {"truncate_cells_html": TRUNCATE_CELLS, "default_page_size": 50}


def metadata(db_path: str | Path) -> dict:
    """The shipped metadata, for the database Datasette names after the file."""
    shipped = json.loads(resources.files(__package__).joinpath("metadata.json").read_text(encoding="utf-8"))
    description = shipped.pop("description")
    return {"title": "govnews", "description": description, "databases": {Path(db_path).stem: shipped}}


def datasette_app(db_path: str | Path):
    """A Datasette instance serving the file read-only, with the metadata and plugin."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from crawler.outputs.datasette import plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name="govnews")
    return Datasette([str(db_path)], metadata=metadata(db_path), settings=SETTINGS)
