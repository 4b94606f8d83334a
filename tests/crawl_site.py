"""A test web site on loopback: real HTTP servers in threads, one per address.

``Host("127.0.0.2")`` serves its ``routes`` (path -> :class:`Reply` or a function of the
request returning one) and logs every request with its arrival time, so tests can
measure the spacing the crawler kept and whether a URL was requested at all.
"""

from __future__ import annotations

import gzip
import html
import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "articles.jsonl"


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() on arrival


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})
    trickle: float | None = None  # seconds between single bytes, and no Content-Length
    chunks: Iterator[bytes] | None = None  # streamed without Content-Length
    chunked: bool = False  # ``chunks`` sent with Transfer-Encoding: chunked (HTTP/1.1)
    delay: float = 0.0  # seconds before anything is sent (longer than a timeout: a hang)
    reset: bool = False  # the connection is reset (RST) before any answer
    cut: int | None = None  # the full Content-Length declared, only this many bytes sent
    declared: int | None = None  # the Content-Length sent, whatever the body's length


Route = Reply | Callable[[Request], Reply]


class Host:
    """One loopback address serving ``routes`` until :meth:`stop`."""

    def __init__(self, address: str, routes: dict[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[Request] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer((address, 0), _handler(self))
        self._server.daemon_threads = True
        self.base = f"http://{address}:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [request.path for request in self.requests]

    def times(self, path: str | None = None) -> list[float]:
        return [r.at for r in self.requests if path is None or r.path == path]

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def reply_for(self, request: Request) -> Reply:
        route = self.routes.get(request.path) or self.routes.get(request.path.split("?")[0])
        if route is None:
            return Reply(404, b"<html><body>not found</body></html>")
        return route(request) if callable(route) else route

    def enter(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def leave(self) -> None:
        with self._lock:
            self.in_flight -= 1


def _handler(host: Host) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            request = Request(self.path, dict(self.headers.items()), time.monotonic())
            host.enter(request)
            try:
                self._send(host.reply_for(request))
            except (BrokenPipeError, ConnectionResetError):
                pass  # the crawler hung up, as it should on a cut body
            finally:
                host.leave()

        def _send(self, reply: Reply) -> None:
            if reply.delay:
                time.sleep(reply.delay)
            if reply.reset:
                # SO_LINGER with a zero timeout: close() sends RST, not FIN.
                linger = struct.pack("ii", 1, 0)
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                self.connection.close()
                self.close_connection = True
                return
            if reply.chunked:
                self.protocol_version = "HTTP/1.1"
                self.close_connection = True
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            streamed = reply.trickle is not None or reply.chunks is not None
            if reply.chunked:
                self.send_header("Transfer-Encoding", "chunked")
            elif not streamed:
                length = len(reply.body) if reply.declared is None else reply.declared
                self.send_header("Content-Length", str(length))
            self.end_headers()
            if reply.cut is not None:
                self.wfile.write(reply.body[: reply.cut])
                self.wfile.flush()
                self.close_connection = True
            elif reply.chunked and reply.chunks is not None:
                for chunk in reply.chunks:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.write(b"0\r\n\r\n")
            elif reply.trickle is not None:
                for byte in reply.body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(reply.trickle)
            elif reply.chunks is not None:
                for chunk in reply.chunks:
                    self.wfile.write(chunk)
            else:
                self.wfile.write(reply.body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


def corpus_articles() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def article_html(
    record: dict[str, Any], *, dated: bool = True, canonical: str | None = None
) -> str:
    """An article page around one corpus text: navigation, the article, a footer."""
    paragraphs = record["text"].split("\n\n")[1:]
    title = html.escape(record["title"])
    head = f"<title>{title}</title>"
    if dated:
        head += f'<meta property="article:published_time" content="{record["published"]}">'
    if canonical:
        head += f'<link rel="canonical" href="{canonical}">'
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
        f"<nav><a href='/'>Home</a> <a href='/markets'>Markets</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer>Copyright The Test Gazette</footer></body></html>"
    )


def page(text: str, **headers: str) -> Reply:
    return Reply(body=text.encode("utf-8"), headers={"Content-Type": "text/html", **headers})


def section_html(links: list[str]) -> str:
    items = "".join(f"<li><a href='{link}'>Story {i}</a></li>" for i, link in enumerate(links))
    return f"<html><body><h1>Markets</h1><ul>{items}</ul></body></html>"


def rss(links: list[str], pub_date: str = "Fri, 07 Mar 2025 08:00:00 GMT") -> Reply:
    items = "".join(
        f"<item><title>Story</title><link>{link}</link><pubDate>{pub_date}</pubDate></item>"
        for link in links
    )
    body = (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{items}</channel></rss>"
    )
    return Reply(body=body.encode(), headers={"Content-Type": "application/rss+xml"})


def atom(links: list[str]) -> Reply:
    entries = "".join(
        f"<entry><title>S</title><link href='{link}'/><id>{link}</id>"
        f"<updated>2025-05-12T00:00:00Z</updated></entry>"
        for link in links
    )
    body = (
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>T</title>"
        f"{entries}</feed>"
    )
    return Reply(body=body.encode(), headers={"Content-Type": "application/atom+xml"})


SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


def sitemap(links: list[str], *, gzipped: bool = False, news_date: str | None = None) -> Reply:
    def url(link: str) -> str:
        news = (
            f"<news:news><news:publication><news:name>T</news:name><news:language>en"
            f"</news:language></news:publication><news:publication_date>{news_date}"
            f"</news:publication_date><news:title>S</news:title></news:news>"
            if news_date
            else ""
        )
        return f"<url><loc>{link}</loc>{news}</url>"

    body = (
        f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='{SITEMAP_NS}' "
        f"xmlns:news='{NEWS_NS}'>{''.join(url(link) for link in links)}</urlset>"
    ).encode()
    if gzipped:
        return Reply(body=gzip.compress(body), headers={"Content-Type": "application/gzip"})
    return Reply(body=body, headers={"Content-Type": "application/xml"})


def sitemap_index(links: list[str]) -> Reply:
    items = "".join(f"<sitemap><loc>{link}</loc></sitemap>" for link in links)
    body = f"<?xml version='1.0'?><sitemapindex xmlns='{SITEMAP_NS}'>{items}</sitemapindex>"
    return Reply(body=body.encode(), headers={"Content-Type": "application/xml"})


def robots(text: str, status: int = 200) -> Reply:
    return Reply(status, text.encode(), {"Content-Type": "text/plain"})


def redirect(location: str, status: int = 302) -> Reply:
    return Reply(status, b"", {"Location": location, "Content-Type": "text/html"})


def sequence(*replies: Reply) -> Callable[[Request], Reply]:
    """A route answering with each reply in turn, then the last one for ever."""
    calls = iter(range(10**9))

    def route(request: Request) -> Reply:
        return replies[min(next(calls), len(replies) - 1)]

    return route
