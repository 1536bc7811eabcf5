"""List pages: which links on a column's list page are its articles, and where its next
page (or data request) is, one module per CMS family (`registry` picks one)."""
