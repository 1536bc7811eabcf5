"""The crawl's helpers apart from Scrapy: parse workers and the store's writer thread."""
