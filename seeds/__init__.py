"""The seed pages and the default site list, shipped as package data.

Read them with `importlib.resources.files("seeds")`, never by a path relative to a source
file: an installed govnews (a wheel, not this checkout) has them only inside the package.
"""
