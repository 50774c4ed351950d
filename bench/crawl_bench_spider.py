#!/usr/bin/python3
"""The Scrapy side of bench/crawl_bench.cpp: the same crawl as clinicrank's.

Run by crawl_bench with Debian's python3-scrapy (/usr/bin/python3). Crawls
every seed in SEEDS_FILE with the politeness clinicrank uses: robots.txt
obeyed, at most CONCURRENCY requests in flight, one per site (origin), DELAY
seconds apart, no random jitter, no autothrottle; follows links within each
seed's origin, up to MAX_PAGES stored pages per site. Pages are parsed for
links (lxml, through Scrapy's selectors) and not stored, so Scrapy does less
work per page than clinicrank (which also hashes and commits each page to
SQLite).

Prints one JSON line on stdout: pages, requests, and the crawl's own
seconds from the engine's start to its end (interpreter start-up excluded).

usage: crawl_bench_spider.py SEEDS_FILE CONCURRENCY DELAY MAX_PAGES
"""

import json
import sys
import time
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import CrawlerProcess


def origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class OriginSlotMiddleware:
    """Politeness per origin: Scrapy keys its download slots by host name
    only, so every site of the farm (all on 127.0.0.1, one port each) would
    share one slot. The slot is set before the downloader picks it, for
    robots.txt requests too."""

    def process_request(self, request, spider):
        request.meta.setdefault("download_slot", urlsplit(request.url).netloc)


class FarmSpider(scrapy.Spider):
    name = "farm"

    def __init__(self, seeds, max_pages, **kwargs):
        super().__init__(**kwargs)
        self.start_urls = seeds
        self.max_pages = max_pages
        self.pages = {}
        self.stored = 0

    def parse(self, response):
        site = origin(response.url)
        if self.pages.get(site, 0) >= self.max_pages:
            return
        self.pages[site] = self.pages.get(site, 0) + 1
        self.stored += 1
        if self.pages[site] >= self.max_pages:
            return
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if origin(url) == site:
                yield scrapy.Request(url, callback=self.parse)


def main():
    seeds_file, concurrency, delay, max_pages = sys.argv[1:5]
    with open(seeds_file) as f:
        seeds = [line.strip() for line in f if line.strip()]
    settings = {
        "LOG_LEVEL": "ERROR",
        "TELNETCONSOLE_ENABLED": False,
        "ROBOTSTXT_OBEY": True,
        "CONCURRENT_REQUESTS": int(concurrency),
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "CONCURRENT_REQUESTS_PER_IP": 0,
        "DOWNLOAD_DELAY": float(delay),
        "RANDOMIZE_DOWNLOAD_DELAY": False,
        "AUTOTHROTTLE_ENABLED": False,
        "COOKIES_ENABLED": False,
        "RETRY_TIMES": 3,
        "DOWNLOAD_TIMEOUT": 30,
        "USER_AGENT": "scrapy-bench (+clinicrank crawl_bench)",
        "DOWNLOADER_MIDDLEWARES": {__name__ + ".OriginSlotMiddleware": 50},
    }
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(FarmSpider)
    times = {}
    # Signal handlers are weakly referenced unless weak=False.
    crawler.signals.connect(lambda: times.setdefault("start", time.monotonic()),
                            signal=signals.engine_started, weak=False)
    crawler.signals.connect(lambda: times.setdefault("end", time.monotonic()),
                            signal=signals.spider_closed, weak=False)
    process.crawl(crawler, seeds=seeds, max_pages=int(max_pages))
    process.start()
    stats = crawler.stats.get_stats()
    print(json.dumps({
        "pages": crawler.spider.stored,
        "requests": stats.get("downloader/request_count", 0),
        "seconds": times.get("end", 0) - times.get("start", 0),
    }))


if __name__ == "__main__":
    main()
