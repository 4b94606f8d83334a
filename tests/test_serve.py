"""The web view: `tradeclaims serve` on a free loopback port, driven by headless Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.test_factcheck import build_store

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> Iterator[str]:
    db = build_store(tmp_path_factory.mktemp("serve") / "claims.db", nlp)
    port = free_port()
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "extractor", "serve", "--db", str(db), "--port", str(port)]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                if httpx.get(f"{base}/-/versions.json", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail("tradeclaims serve did not start")
        yield f"{base}/claims"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_store_is_served_read_only(server: str) -> None:
    info = httpx.get(server.rsplit("/", 1)[0] + "/-/databases.json").json()
    assert [d["name"] for d in info] == ["claims"]
    refused = httpx.get(f"{server}.json", params={"sql": "DELETE FROM claims"})
    assert refused.status_code == 400  # tests/test_security.py tries the other ways in


def test_canned_queries_and_metadata(server: str) -> None:
    rows = httpx.get(f"{server}/contradicted.json?_shape=array").json()
    assert rows and any(r["quantity_text"] == "$234 billion" for r in rows)
    pair = httpx.get(f"{server}/by_country_pair.json?_shape=array&reporter=CN&partner=RU").json()
    assert pair and {r["metric"] for r in pair} >= {"trade", "exports"}
    conflicts = httpx.get(f"{server}/conflicts.json?_shape=array").json()
    assert {"$234 billion", "$228.1 billion"} <= {r["quantity_text"] for r in conflicts}


@pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian chromium not installed")
def test_browser_sees_claims_facets_and_verdicts(server: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(f"{server}/claims")
        assert page.locator("table.rows-and-columns tbody tr").count() > 10
        page.goto(f"{server}/claim_checks")
        page.locator(".facet-info[data-column=verdict] a", has_text="contradicted").first.click()
        page.wait_for_url("**verdict=contradicted**")
        verdicts = page.locator("td.col-verdict").all_inner_texts()
        assert verdicts and set(verdicts) == {"contradicted"}
        marked = page.locator("td.col-sentence mark.quantity").all_inner_texts()
        assert "$234 billion" in marked
        assert page.locator("td.col-verdict .verdict-contradicted").count() == len(verdicts)
        page.screenshot(path=str(tmp_path / "contradicted.png"), full_page=True)
        browser.close()
    assert (tmp_path / "contradicted.png").stat().st_size > 10_000
