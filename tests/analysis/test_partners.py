"""TOC307 and TOC405: partner names that read the same but are written differently."""

from __future__ import annotations

from hypothesis import assume, example, given
from hypothesis import strategies as st

import tocgraph
from tests.conftest import MODELS
from tocgraph.analysis.partners import partner_warnings, portfolio_partner_warnings
from tocgraph.i18n import localize
from tocgraph.schema.model import ToC

_HIDDEN = ["\u200b", "\u200d", "\u200e", "\u00ad", "\ufeff", "\u2060"]


def _toc(partners: list[str], listed: list[str] | None = None) -> ToC:
    data: dict[str, object] = {
        "tocgraph": 1,
        "id": "t",
        "goals": [{"id": "G1", "title": "g", "requires": "any"}],
        "activities": [
            {"id": f"A{i}", "title": "a", "partner": name, "contributes_to": ["G1"]}
            for i, name in enumerate(partners, start=1)
        ],
    }
    if listed is not None:
        data["partners"] = listed
    return tocgraph.from_dict(data)


def test_case_spaces_and_hidden_characters_are_one_name_written_twice() -> None:
    toc = _toc(["Movisie", "movisie", "Movisie\u200b", "Rutgers", "Rutgers  Stichting"])
    (found,) = partner_warnings(toc)
    assert found.code == "TOC307"
    assert found.node == "A2"  # the first activity with a second way of writing it
    assert "'Movisie' is also written 'movisie', 'Movisie\\u200b'" in found.message
    assert "staat er ook als" in localize(found, "nl").message


def test_names_that_differ_in_letters_are_two_partners() -> None:
    assert partner_warnings(_toc(["Movisie", "Movisie NL", "Rutgers", "COC Nederland"])) == ()
    assert partner_warnings(_toc(["Movisie", "Movisie", "Movisie"])) == ()  # the same way


def test_a_list_holding_both_is_warned_at_the_list() -> None:
    (found,) = partner_warnings(_toc([], ["Movisie", "MOVISIE"]))
    assert found.node is None
    checked = tocgraph.check_file("models/politica.yaml")
    assert "TOC307" not in [w.code for w in checked.warnings]


@st.composite
def _lookalikes(draw: st.DrawFn) -> tuple[str, str]:
    """A name and the same name with a hidden character in it, perhaps in capitals."""
    name = draw(st.text(st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=12))
    hidden, where = draw(st.sampled_from(_HIDDEN)), draw(st.integers(0, 12))
    other = name[:where] + hidden + name[where:]
    other = other.upper() if draw(st.booleans()) else other
    assume(other.strip() != name.strip() and other.strip())
    # upper() may change a letter itself (dotless i becomes I): another name
    assume(other.replace(hidden, "").casefold() == name.casefold())
    return name, other


@given(_lookalikes())
@example(("\u1fd2", "\u200b\u03aa\u0300"))  # folds to letters decomposed differently
def test_any_hidden_character_or_case_change_is_found(names: tuple[str, str]) -> None:
    found = partner_warnings(_toc(list(names)))
    assert [w.code for w in found] == ["TOC307"]


def _alliance(toc_id: str, partners: list[str], listed: list[str] | None = None) -> ToC:
    return _toc(partners, listed).model_copy(update={"id": toc_id})


def test_alliances_writing_a_partner_otherwise_are_warned_in_the_later_one() -> None:
    tocs = [
        _alliance("a", ["Movisie", "Rutgers"]),
        _alliance("b", ["Rutgers", "movisie", "movisie", "MOVISIE"]),
        _alliance("c", [], ["Movisie\u200b"]),  # only its list writes it
    ]
    found = portfolio_partner_warnings(tocs)
    assert [(toc_id, w.code, w.node) for toc_id, w in found] == [
        ("b", "TOC405", "A2"),  # the first activity with that spelling
        ("b", "TOC405", "A4"),
        ("c", "TOC405", None),  # no activity writes it so: at the list
    ]
    assert found[0][1].message == (
        "partner 'Movisie' of a is written 'movisie' in b: the portfolio counts two organisations"
    )
    assert "'Movisie\\u200b'" in found[2][1].message
    dutch = localize(found[0][1], "nl")
    assert dutch.message.startswith("partner 'Movisie' van a staat in b als 'movisie'")
    assert dutch.labels.warning == "waarschuwing"


def test_one_spelling_everywhere_or_within_one_alliance_is_no_portfolio_warning() -> None:
    same = [_alliance("a", ["Movisie"]), _alliance("b", ["Movisie"], ["Movisie"])]
    assert portfolio_partner_warnings(same) == ()
    within = [_alliance("a", ["Movisie", "movisie"]), _alliance("b", ["Rutgers"])]
    assert portfolio_partner_warnings(within) == ()  # TOC307 of alliance a, not TOC405
    models = [tocgraph.load(p) for p in sorted(MODELS.glob("*.yaml")) if p.name != "policy.yaml"]
    assert portfolio_partner_warnings(models) == ()


@given(_lookalikes())
def test_any_hidden_character_or_case_change_across_alliances_is_found(
    names: tuple[str, str],
) -> None:
    name, other = names
    found = portfolio_partner_warnings([_alliance("a", [name]), _alliance("b", [other])])
    assert [(toc_id, w.code) for toc_id, w in found] == [("b", "TOC405")]
