"""The crawling half of govnews: Scrapy spiders, items, pipelines, settings and storage."""
