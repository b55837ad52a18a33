"""The HTML page in a real browser: Playwright driving the system's Chromium.

The numbers in the page must be those of ``tocgraph check --json`` and
``tocgraph impact --json`` for the same scenario. These tests need Chromium
(``apt-get install -y chromium``); Playwright never downloads a browser here.
Without it they are skipped with a loud reason, unless ``TOCGRAPH_REQUIRE_BROWSER=1``
(as CI sets it), when that is a failure.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tocgraph
from tests.conftest import MODELS
from tests.strategies import toc_data
from tocgraph.cli import main

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NO_CHROMIUM = (
    "NO CHROMIUM FOUND: the HTML report's browser tests did not run. "
    "Install Debian's Chromium with `apt-get install -y chromium` (never `playwright install`)."
)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

if CHROMIUM is None:  # pragma: no cover - depends on the machine
    if os.environ.get("TOCGRAPH_REQUIRE_BROWSER") == "1":  # set by CI: there, no browser fails
        pytest.fail(NO_CHROMIUM, pytrace=False)
    pytest.skip(NO_CHROMIUM, allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(accept_downloads=True)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    yield opened
    context.close()
    assert not errors, errors


def _cli_json(*args: str) -> Any:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main([*args, "--json"])
    return json.loads(out.getvalue())


def _open(page: Any, path: Path, fragment: str = "") -> None:
    page.goto(path.resolve().as_uri() + fragment)
    page.wait_for_selector("html[data-ready]")


def _read(page: Any) -> dict[str, dict[str, str | None]]:
    found: dict[str, dict[str, str | None]] = page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('[data-node-id]')].map(
            el => [el.dataset.nodeId, {
                kind: el.dataset.kind, verdict: el.dataset.verdict,
                margin: el.getAttribute('data-margin'), critical: el.getAttribute('data-critical'),
                status: el.getAttribute('data-status')}]))"""
    )
    return found


def _expected(toc_file: Path, stop: list[str]) -> dict[str, dict[str, Any]]:
    """Every goal, outcome and output as the CLI reports it for the scenario.

    ``impact --json`` lists only the nodes whose verdict or margin changes, so
    a node whose single points of failure change alone is not in it: the full
    picture is ``check --json`` of the ToC with those activities stopped, and
    every change that ``impact --json`` lists must agree with it.
    """
    data = yaml.safe_load(toc_file.read_text("utf-8"))
    for activity in data["activities"]:
        if activity["id"] in stop:
            activity["status"] = "stopped"
    stopped_file = toc_file.with_name("stopped-" + toc_file.name)
    stopped_file.write_text(yaml.safe_dump(data), encoding="utf-8")
    expected = {
        node_id: {
            "verdict": value["verdict"],
            "margin": str(value["margin"]),
            "critical": " ".join(value["critical_activities"]),
        }
        for node_id, value in _cli_json("check", str(stopped_file))["nodes"].items()
    }
    if stop:
        for change in _cli_json("impact", str(toc_file), "--stop", *stop)["changes"]:
            after = change["after"]
            assert expected[change["id"]] == {
                "verdict": after["verdict"],
                "margin": str(after["margin"]),
                "critical": " ".join(after["critical_activities"]),
            }
    return expected


def _assert_page_matches_cli(page: Any, toc_file: Path, stop: list[str]) -> None:
    shown = _read(page)
    toc = tocgraph.load(toc_file)
    for node_id, want in _expected(toc_file, stop).items():
        got = shown[node_id]
        assert (got["verdict"], got["margin"], got["critical"]) == (
            want["verdict"],
            want["margin"],
            want["critical"],
        ), (node_id, stop)
    after = tocgraph.assess(toc, stopped=stop)
    for activity in toc.activities:
        got = shown[activity.id]
        status = "stopped" if activity.id in stop else activity.status.value
        assert got["status"] == status
        assert got["verdict"] == after.nodes[activity.id].verdict.value


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=toc_data(max_activities=8, max_outcomes=4, max_outputs=3, assumptions=True),
    draw=st.data(),
)
def test_page_equals_impact_json_for_random_scenarios(
    browser: Any, data: dict[str, Any], draw: st.DataObject
) -> None:
    ids = [a["id"] for a in data["activities"]]
    stop = sorted(draw.draw(st.lists(st.sampled_from(ids), unique=True)))
    with tempfile.TemporaryDirectory() as folder:
        toc_file = Path(folder) / "generated.yaml"
        toc_file.write_text(yaml.safe_dump(data), encoding="utf-8")
        html_file = Path(folder) / "generated.html"
        html_file.write_text(tocgraph.html_report_file(toc_file, diagram=False), "utf-8")
        context = browser.new_context()
        try:
            page = context.new_page()
            effective = [a for a in stop if _status(data, a) != "stopped"]
            # half through the URL fragment, half by clicking the activities
            if len(stop) % 2:
                _open(page, html_file, "#stop=" + ",".join(stop))
            else:
                _open(page, html_file)
                for activity in stop:  # a click on one stopped by its status does nothing
                    page.click(f'[data-node-id="{activity}"]', force=activity not in effective)
            _assert_page_matches_cli(page, toc_file, effective)
        finally:
            context.close()


def _status(data: dict[str, Any], activity: str) -> str:
    return next(str(a["status"]) for a in data["activities"] if a["id"] == activity)


@pytest.fixture(scope="module")
def politica(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("politica")
    toc_file = folder / "politica.yaml"
    toc_file.write_text((MODELS / "politica.yaml").read_text("utf-8"), "utf-8")
    html_file = folder / "politica.html"
    html_file.write_text(tocgraph.html_report_file(toc_file), "utf-8")
    return html_file


def test_bundled_model_partner_scenario(page: Any, politica: Path) -> None:
    _open(page, politica)
    button = page.locator('button.partner[data-partner="Stem op een Vrouw"]')
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    stopped = sorted(
        a.id
        for a in tocgraph.load(politica.with_suffix(".yaml")).activities
        if a.partner == "Stem op een Vrouw"
    )
    _assert_page_matches_cli(page, politica.with_suffix(".yaml"), stopped)
    assert page.evaluate("location.hash") == "#stop=" + ",".join(stopped)
    button.click()
    assert button.get_attribute("aria-pressed") == "false"
    assert page.evaluate("location.hash") == ""


def test_keyboard_toggles_an_activity(page: Any, politica: Path) -> None:
    _open(page, politica)
    for _ in range(200):  # Tab until the first activity has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.kind") == "activity":
            break
    else:
        pytest.fail("no activity is reachable with Tab")
    node_id = page.evaluate("document.activeElement.dataset.nodeId")
    element = page.locator(f'[data-node-id="{node_id}"]')
    page.keyboard.press("Enter")
    assert element.get_attribute("data-status") == "stopped"
    assert element.get_attribute("aria-pressed") == "true"
    summary = page.locator("#summary").text_content()
    assert summary.startswith(f"Scenario: 1 activity stopped ({node_id}): ")
    page.keyboard.press("Space")
    assert element.get_attribute("data-status") != "stopped"
    assert page.locator("#summary").text_content() == "No scenario: the ToC as it is."
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # focus is visible


def test_url_fragment_and_reset(page: Any, politica: Path) -> None:
    _open(page, politica, "#stop=A3,A7,G1,NOPE")
    _assert_page_matches_cli(page, politica.with_suffix(".yaml"), ["A3", "A7"])
    summary = page.locator("#summary").text_content()
    assert summary.startswith("Scenario: 2 activities stopped (A3, A7): goal G1: margin 3 \u2192 1")
    caption = page.locator("#diagram-caption").text_content()
    assert caption.startswith("Scenario: A3, A7 stopped. In the diagram the stopped activities")
    assert "G1, NOPE" in page.locator("#ignored").text_content()
    page.click('[data-node-id="A1"]')
    assert page.evaluate("location.hash") == "#stop=A1,A3,A7"
    page.click("#reset")
    assert page.evaluate("location.hash") == ""
    assert page.locator("#diagram-caption").text_content().startswith("The ToC as it is;")
    assert page.locator('[data-status="stopped"][data-node-id]').count() == 1  # A9, by status
    _assert_page_matches_cli(page, politica.with_suffix(".yaml"), [])
    page.evaluate("location.hash = '#stop=A5'")
    page.wait_for_function(
        "document.querySelector('[data-node-id=A5]').dataset.status === 'stopped'"
    )
    _assert_page_matches_cli(page, politica.with_suffix(".yaml"), ["A5"])


def test_change_request_draft_loads(page: Any, politica: Path) -> None:
    _open(page, politica, "#stop=A3,A7")
    with page.expect_download() as info:
        page.click("#save-draft")
    download = info.value
    assert download.suggested_filename == "politica-change-request.yaml"
    draft = politica.parent / download.suggested_filename
    download.save_as(draft)
    document = tocgraph.review_change_file(draft, root=draft.parent).to_dict()
    assert [(c["action"], c["target"], c["rationale"]) for c in document["changes"]] == [
        ("stop", "A3", None),
        ("stop", "A7", None),
    ]
    assert document["toc_id"] == "politica"
    argv = ["change-request", str(draft), "--root", str(draft.parent)]
    assert main([*argv, "-o", str(draft.with_suffix(".md"))]) == 0


def _page_of(kind: str, lang: Any) -> str:
    if kind == "toc":
        return tocgraph.html_report_file(MODELS / "politica.yaml", lang)
    if kind == "change-request":
        reviewed = tocgraph.review_change_file(MODELS / "change-requests" / "politica-2025-1.yaml")
        return tocgraph.change_request_html(reviewed, lang)
    checked = tocgraph.portfolio_folder(MODELS, partners=["Movisie"])
    return tocgraph.portfolio_html(checked, lang)


@pytest.mark.parametrize("kind", ["toc", "change-request", "portfolio"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_serious_accessibility_violations(
    browser: Any, kind: str, lang: str, tmp_path: Path
) -> None:
    from axe_playwright_python.sync_playwright import Axe  # type: ignore[import-untyped]

    html_file = tmp_path / "page.html"
    html_file.write_text(_page_of(kind, lang), "utf-8")
    context = browser.new_context(bypass_csp=True)  # axe is injected as a script
    try:
        page = context.new_page()
        if kind == "toc":
            _open(page, html_file, "#stop=A3")
        else:
            page.goto(html_file.resolve().as_uri())
        results = Axe().run(page)
        assert "violations" in results.response  # axe did run
        serious = [
            (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert not serious, serious
    finally:
        context.close()


def test_a_malformed_fragment_is_no_script_error(page: Any, politica: Path) -> None:
    _open(page, politica, "#stop=A3,%E0%A4%A")
    assert page.locator('[data-node-id="A3"]').get_attribute("data-status") == "stopped"
    assert not page.locator("#ignored").is_hidden()


def test_single_points_of_failure_in_natural_order(page: Any, tmp_path: Path) -> None:
    """A2 before A10 in the page's own recomputation, as in the command line's output."""
    toc_file = tmp_path / "natural.yaml"
    toc_file.write_text(
        "tocgraph: 1\nid: natural\n"
        "goals: [{id: G1, title: g, requires: all}]\n"
        "outcomes: [{id: O1, title: o, requires: any, contributes_to: [G1]}]\n"
        "activities:\n"
        "  - {id: A2, title: a, contributes_to: [G1]}\n"
        "  - {id: A10, title: b, contributes_to: [G1]}\n"
        "  - {id: A3, title: c, contributes_to: [O1]}\n"
        "  - {id: A4, title: d, contributes_to: [O1]}\n",
        encoding="utf-8",
    )
    html_file = tmp_path / "natural.html"
    html_file.write_text(tocgraph.html_report_file(toc_file, diagram=False), "utf-8")
    _open(page, html_file, "#stop=A3")
    assert _read(page)["G1"]["critical"] == "A2 A4 A10"
    _assert_page_matches_cli(page, toc_file, ["A3"])


def test_print_keeps_the_scenario_and_numbers_stand_under_their_headers(
    page: Any, politica: Path
) -> None:
    """On paper the scenario's summary (which names what stopped) stays and its buttons go;
    a margin's header is right-aligned as its numbers are; tables scroll in their own box."""
    _open(page, politica, "#stop=A3,A7")
    page.emulate_media(media="print")
    assert page.locator("#summary").is_visible()
    assert page.locator("#summary").text_content().startswith("Scenario: 2 activities stopped")
    assert not page.locator("#reset").is_visible()
    page.emulate_media(media="screen")
    align = page.evaluate(
        "[...document.querySelectorAll('th.num')].map(th => getComputedStyle(th).textAlign)"
    )
    assert align
    assert set(align) == {"right"}
    page.set_viewport_size({"width": 390, "height": 800})
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= 400  # the tables scroll in their boxes, not the page
