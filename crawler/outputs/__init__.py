"""What leaves the store for people and other programs: terminal tables and exports, the Atom feed, watches, site health."""
