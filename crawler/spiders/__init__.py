"""Spiders: they navigate (list pages, links, pagination); the pipeline parses and stores."""
