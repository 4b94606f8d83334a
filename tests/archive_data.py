"""Archives for the tests and benchmarks, built at run time: WARC, WARC.gz, JSONL, JSONL.gz.

Nothing here is committed data: the texts are ``corpora/articles.jsonl`` (written for this
project) or ``../shared/news`` (third-party, read in place), wrapped as HTML pages in HTTP
responses with headers, as Common Crawl News stores them (warcinfo, then a request, a
response and a metadata record per page, each record its own gzip member). ``corrupt=True``
adds one of each bad record the readers must survive; :data:`WARC_DEFECTS` lists the reasons.

    python -m tests.archive_data OUT.warc.gz [--source corpora|news] [--mb 100] [--clean]
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

ROOT = Path(__file__).resolve().parents[1]
SHARED_NEWS = ROOT.parent / "shared" / "news"
CORPUS = ROOT / "corpora" / "articles.jsonl"
WARC_DATE = "2025-06-01T12:00:00Z"

# What the readers say about each bad record write_warc adds (in file order).
WARC_DEFECTS = (
    "non-HTML payload (image/png)",
    "invalid utf-8 (byte 0xff at 172)",
    "corrupt WARC record (block does not end where Content-Length says)",
    "corrupt gzip member (Error -3 while decompressing data: invalid block type)",
    "truncated gzip member",
)
PLAIN_WARC_DEFECTS = (*WARC_DEFECTS[:3], "truncated WARC record")
JSONL_DEFECTS = (
    "not valid JSON (Expecting property name enclosed in double quotes)",
    "neither 'text' nor 'html'",
)
JSONL_GZ_DEFECTS = (*JSONL_DEFECTS, "truncated gzip (the compressed data ends early)")


@dataclass(frozen=True)
class NewsDoc:
    """One article to wrap: its URL, headline, paragraphs, date (ISO, or None), and script
    text for the page's furniture (real pages carry tens of KB of it)."""

    url: str
    title: str
    paragraphs: tuple[str, ...]
    published: str | None = None
    furniture: str = ""

    def html(self) -> str:
        meta = (
            f'<meta property="article:published_time" content="{self.published}">'
            if self.published
            else ""
        )
        body = "".join(f"<p>{html.escape(p)}</p>" for p in self.paragraphs)
        return (
            f'<!DOCTYPE html><html><head><meta charset="utf-8">'
            f"<title>{html.escape(self.title)} | Example News</title>{meta}"
            + (f"<script>var state='{self.furniture}';</script>" if self.furniture else "")
            + "</head><body>"
            "<nav><a href='/'>Home</a> <a href='/markets'>Markets</a></nav>"
            f"<article><h1>{html.escape(self.title)}</h1>{body}</article>"
            "<footer>Copyright Example News</footer></body></html>"
        )

    def text(self) -> str:
        return "\n\n".join([self.title, *self.paragraphs])

    def renamed(self, suffix: str) -> NewsDoc:
        return replace(self, url=self.url + suffix)


def corpus_docs() -> list[NewsDoc]:
    """The project's own 20 articles (corpora/articles.jsonl)."""
    docs = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        title, *paragraphs = [p.strip() for p in record["text"].split("\n\n") if p.strip()]
        docs.append(NewsDoc(record["url"], title, tuple(paragraphs), record.get("published")))
    return docs


def news_docs(root: Path = SHARED_NEWS, limit: int | None = None) -> list[NewsDoc]:
    """The ../shared/news texts (BBC and Reuters), headline from the first line."""
    docs = []
    for path in sorted(root.glob("*/*.txt"))[:limit]:
        text = path.read_text(encoding="utf-8", errors="replace")
        title, _, body = text.strip().partition("\n")
        # Reuters paragraphs start indented; BBC's are separated by blank lines.
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n(?=\s{2,})", body)]
        url = f"https://news.example/{path.parent.name}/{path.stem}"
        docs.append(NewsDoc(url, " ".join(title.split()), tuple(p for p in paragraphs if p)))
    return docs


# -- WARC ---------------------------------------------------------------------------------


def warc_record(warc_type: str, block: bytes, url: str | None = None, **fields: str) -> bytes:
    headers = {
        "WARC-Type": warc_type,
        "WARC-Date": WARC_DATE,
        "WARC-Record-ID": f"<urn:uuid:{uuid.uuid4()}>",
        **({"WARC-Target-URI": url} if url else {}),
        **fields,
        "Content-Length": str(len(block)),
    }
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return head.encode() + block + b"\r\n\r\n"


def http_response(
    body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200
) -> bytes:
    reason = {200: "OK", 404: "Not Found"}.get(status, "Status")
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\nServer: example\r\n\r\n"
    )
    return head.encode() + body


def page_records(doc: NewsDoc) -> list[bytes]:
    """The request, response and metadata records Common Crawl News writes for one page."""
    request = b"GET / HTTP/1.1\r\nHost: news.example\r\nUser-Agent: CCBot/2.0\r\n\r\n"
    response = http_response(doc.html().encode("utf-8"))
    http = {"Content-Type": "application/http; msgtype=response"}
    return [
        warc_record(
            "request", request, doc.url, **{"Content-Type": "application/http; msgtype=request"}
        ),
        warc_record("response", response, doc.url, **http),
        warc_record(
            "metadata",
            b"fetchTimeMs: 120\r\n",
            doc.url,
            **{"Content-Type": "application/warc-fields"},
        ),
    ]


def bad_records() -> list[bytes]:
    """The records behind the first three WARC_DEFECTS, and a 404 (skipped, not a defect)."""
    http = {"Content-Type": "application/http; msgtype=response"}
    png = http_response(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, content_type="image/png")
    page = NewsDoc("https://news.example/bad-utf8", "Bad bytes", ("Exports rose 5%.",)).html()
    invalid = page.encode().replace(b"<article>", b"<article>\xff", 1)
    assert invalid.index(b"\xff") == 172
    wrong_length = warc_record(
        "response", http_response(b"<html><p>x</p></html>"), "https://news.example/len", **http
    )
    wrong_length = wrong_length.replace(b"Content-Length: ", b"Content-Length: 1", 1)
    return [
        warc_record("response", png, "https://news.example/logo.png", **http),
        warc_record("response", http_response(invalid), "https://news.example/bad-utf8", **http),
        wrong_length,
        warc_record(
            "response",
            http_response(b"<html>gone</html>", status=404),
            "https://news.example/gone",
            **http,
        ),
    ]


def write_warc(
    path: Path,
    docs: Iterable[NewsDoc],
    *,
    corrupt: bool = False,
    min_bytes: int = 0,
    fresh_words: bool = False,
) -> int:
    """Write a WARC (gzip per record when ``path`` ends in .gz); return the pages written.

    With ``min_bytes`` the documents are repeated, under new URLs, until the file is that
    large, and with ``fresh_words`` each copy ends with a byline of made-up names of its own,
    so that the repeats bring new words as a real archive does; with ``corrupt`` the bad
    records come after the first page, a corrupt gzip member after the second (gzip only),
    and the file ends with a record cut short.
    """
    zipped = path.name.endswith(".gz")
    docs = list(docs)
    written = 0
    with path.open("wb") as out:
        _write(out, warc_record("warcinfo", b"software: tradeclaims tests\r\n"), zipped)
        for doc in _cycled(docs, min_bytes, out, fresh_words):
            for record in page_records(doc):
                _write(out, record, zipped)
            written += 1
            if corrupt and written == 1:
                for record in bad_records():
                    _write(out, record, zipped)
            if corrupt and written == 2 and zipped:
                member = gzip.compress(page_records(docs[0].renamed("?lost"))[1])
                out.write(member[:10] + b"\xff" * 40 + member[50:])
        if corrupt:
            last = page_records(docs[0].renamed("?cut"))[1]
            data = gzip.compress(last) if zipped else last
            out.write(data[: len(data) // 2])
    return written


def _cycled(
    docs: list[NewsDoc], min_bytes: int, out: BinaryIO, fresh_words: bool = False
) -> Iterator[NewsDoc]:
    yield from docs
    round_ = 1
    while out.tell() < min_bytes:
        for number, doc in enumerate(docs):
            copy = doc.renamed(f"?copy={round_}")
            if fresh_words:
                names = " and ".join(f"Vasko{round_}q{number}x{n} Marlen" for n in range(4))
                copy = replace(copy, paragraphs=(*copy.paragraphs, f"Reporting by {names}."))
            yield copy
            if out.tell() >= min_bytes:
                return
        round_ += 1


def _write(out: BinaryIO, record: bytes, zipped: bool) -> None:
    out.write(gzip.compress(record, compresslevel=6) if zipped else record)


# -- JSONL --------------------------------------------------------------------------------


def write_jsonl(
    path: Path, docs: Iterable[NewsDoc], *, corrupt: bool = False, html_records: bool = False
) -> int:
    """Write a JSONL archive (gzip when ``path`` ends in .gz); return the documents written.

    With ``corrupt``, a line that is not JSON and one without text follow the first
    document, and a gzip archive is cut short at the end (its last line then fails).
    """
    lines = []
    for doc in docs:
        record = {"id": doc.url, "url": doc.url, "title": doc.title, "published": doc.published}
        record |= {"html": doc.html()} if html_records else {"text": doc.text()}
        lines.append(json.dumps(record, ensure_ascii=False))
    if corrupt:
        lines[1:1] = ["{not json", json.dumps({"id": "no-text", "title": "Headline only"})]
    if not path.name.endswith(".gz"):
        path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
        return len(lines) - (2 if corrupt else 0)
    # The last line alone in a second gzip member, which is cut in half when corrupt.
    data = gzip.compress(("\n".join(lines[:-1]) + "\n").encode("utf-8"))
    last = gzip.compress((lines[-1] + "\n").encode("utf-8"))
    path.write_bytes(data + (last[: len(last) // 2] if corrupt else last))
    return len(lines) - (3 if corrupt else 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--source", choices=["corpora", "news"], default="corpora")
    parser.add_argument("--mb", type=float, default=0, help="repeat the texts to this size")
    parser.add_argument("--clean", action="store_true", help="no corrupt records")
    args = parser.parse_args()
    docs = corpus_docs() if args.source == "corpora" else news_docs()
    if ".warc" in args.out.name:
        count = write_warc(args.out, docs, corrupt=not args.clean, min_bytes=int(args.mb * 2**20))
    else:
        count = write_jsonl(args.out, docs, corrupt=not args.clean)
    print(f"{args.out}: {count} documents, {args.out.stat().st_size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
