"""LaTeX drafts read as the paper's prose (an academic's walkthrough)."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.reading.test_drafts import PAPER_MD, _write
from wirediff.core.compare import compare
from wirediff.core.reading import read_document
from wirediff.core.reading.latex import _Reader, latex_read

PAPER_TEX = r"""\documentclass[11pt]{article}
\usepackage{amsmath}
% Lyon figures checked 5 Dec (TL)
\title{Cooling the City}
\author{M. Okafor}
\begin{document}
\maketitle

\section{Introduction}
\label{sec:intro}
Cities warm faster than their surroundings.\footnote{We thank the municipal officers.}

\section{2. Data and methods}
Each plan was coded for:
\begin{itemize}
\item a budget line;
\item cooling centres;
\item tree canopy targets.
\end{itemize}

\section{Results}

Funded plans reduced admissions by 17\%. % a comment
\end{document}
"""


def test_latex_reads_as_the_papers_prose(tmp_path: Path) -> None:
    """A .tex draft was read as raw source: titled "\\documentclass[11pt]{article}", and
    every command a word change against the same paper in .md."""
    doc = read_document(_write(tmp_path / "report.tex", PAPER_TEX))
    assert (doc.title, doc.format, doc.encoding) == ("Cooling the City", "latex", "utf-8 (LaTeX)")
    assert doc.text == (
        "Cooling the City\n\nIntroduction\n\n"
        "Cities warm faster than their surroundings.[1]\n\n2. Data and methods\n\n"
        "Each plan was coded for:\n\na budget line;\ncooling centres;\ntree canopy targets.\n\n"
        "Results\n\nFunded plans reduced admissions by 17%.\n\n"
        "[1] We thank the municipal officers."
    )
    md = read_document(_write(tmp_path / "draft.md", PAPER_MD))
    assert doc.headings == md.headings
    comparison = compare(md.text, doc.text)
    assert comparison.stats.words_added == comparison.stats.words_deleted == 0
    assert comparison.stats.words_changed == 0


def test_latex_commands_citations_math_and_lists() -> None:
    source = r"""\begin{document}
\begin{abstract}
We find \emph{large} effects (see Section~\ref{sec:res}).\\ New line.
\end{abstract}
\subsection*{Model}\label{sec:res}
As \citet{smith2020} and \citep[see][p.~12]{kovats2008, oke1982} show, $y = \beta x^2$
holds, and \( z \) too; 50\% of Tom\'as' G\"{o}rlitz \c{c}a -- ``so'' --- it.
\begin{equation}
y_{it} = \alpha_i + \beta \, D_{it}
\end{equation}
\begin{enumerate}
\item first \begin{itemize}\item inner\end{itemize}
\item[(c)] third
\end{enumerate}
\end{document}"""
    text, title, headings, unbalanced = latex_read(source)
    assert (title, headings, unbalanced) == ("", ((2, "Abstract"), (3, "Model")), False)
    assert text == (
        "Abstract\n\nWe find large effects (see Section sec:res).\nNew line.\n\nModel\n\n"
        "As [smith2020] and [see kovats2008, oke1982, p. 12] show, $y = \\beta x^2$ holds, "
        "and \\( z \\) too; 50% of Tomás' Görlitz ça – “so” — it.\n\n"
        "y_{it} = \\alpha_i + \\beta \\, D_{it}\n\n1. first\ninner\n(c) third"
    )


def test_malformed_latex_reads_as_far_as_it_can_and_says_so(tmp_path: Path) -> None:
    """Braces left open close at the paragraph's end; a stray one is dropped."""
    source = "\\begin{document}\nSome \\textbf{bold text\n\nNext } paragraph $x^2\n\nLast.\n"
    text, _title, _headings, unbalanced = latex_read(source)
    assert (text, unbalanced) == ("Some bold text\n\nNext paragraph $x^2\n\nLast.", True)
    doc = read_document(_write(tmp_path / "broken.latex", source))
    assert doc.encoding.endswith("braces or math left open: read to the paragraph's end")
    assert latex_read("a 5\\% b % gone\n% all gone\nc")[0] == "a 5% b c"
    assert latex_read("\\\\% comment after a line break\nx")[0] == "x"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            ["{", "}", "\\", "$", "%", "\n", "\n\n", "\\begin{itemize}", "\\item", "\\end{itemize}",
             "\\footnote{", "\\section{", "\\begin{tabular}{l}", "&", "\\\\", "~", "a", " ",
             "\\begin{document}", "\\title{", "\\cite[", "]", "\\'", "\\c", "\\begin{equation}"]
        ),
        max_size=60,
    )
)  # fmt: skip
def test_any_latex_reads_without_raising(pieces: list[str]) -> None:
    text, _title, headings, _unbalanced = latex_read("".join(pieces))
    assert all(0 < level <= 6 and line in text.split("\n") for level, line in headings)
    assert not any("\ufdd0" <= c <= "\ufdd7" for c in text)


def test_commands_of_several_arguments_read_as_the_one_shown() -> None:
    """``\\multicolumn{2}{c}{Treatment}`` read "2cTreatment" and ``\\textcolor{red}{x}``
    "redx": every such table cell a word change against the .docx (a reviewer's
    walkthrough)."""
    source = r"""\begin{document}
\begin{tabular}{lcc}
 & \multicolumn{2}{c}{Treatment} \\
Group & \multirow[t]{2}{*}{Yes} & 17\% \\
\end{tabular}
\rule{\linewidth}{0.4pt}
\textcolor{red}{Important} result, \resizebox{\textwidth}{!}{Big} \parbox[t]{5cm}{box},
\SI{5}{km} and \unknowncommand{first}{second}.
\end{document}"""
    assert latex_read(source)[0] == (
        "Treatment\n\nGroup \tYes \t17%\n\nImportant result, Big box, 5 km and first second."
    )


def test_definitions_and_environments_arguments_are_left_out() -> None:
    source = r"""\begin{document}
\begin{minipage}[t]{0.45\textwidth}
Left column text.
\end{minipage}
\begin{multicols}{2}
Two columns text.
\end{multicols}
\begin{wrapfigure}{r}{0.4\textwidth}
\includegraphics{x}
\end{wrapfigure}
\newcommand{\R}[1]{\mathbb{R}^{#1}}
\renewcommand\C{\mathbb{C}}
\begin{tabularx}{\textwidth}{lX}
a & b \\
\end{tabularx}
The result holds.\nocite{*}
\bibliography{refs}
\end{document}"""
    assert latex_read(source)[0] == (
        "Left column text.\n\nTwo columns text.\n\na \tb\n\nThe result holds."
    )


def test_math_left_open_closes_at_its_paragraph_and_is_said() -> None:
    """An unclosed ``\\(`` swallowed the rest: its sections lost, and nothing said."""
    for opened in ("\\(", "\\["):
        source = (
            f"\\begin{{document}}\nWe set {opened}x = 1 and forget to close.\n\n"
            "Next paragraph is prose.\n\n\\section{Results}\nMore.\n\\end{document}"
        )
        text, _title, headings, unbalanced = latex_read(source)
        assert text.endswith("Next paragraph is prose.\n\nResults\n\nMore."), text
        assert (headings, unbalanced) == (((2, "Results"),), True)


def test_letters_comments_and_tildes_read_as_tex_reads_them() -> None:
    source = (
        "\\begin{document}\nStra\\ss e, \\o re, \\LaTeX{} is a re%\n   sult, A\\~{}B.%\n\nNext.\n"
    )
    assert latex_read(source)[0] == "Straße, øre, LaTeX is a result, A~B.\n\nNext."


def test_options_on_a_long_line_are_read_in_linear_time() -> None:
    """Each "[" of a line of ``\\x[`` searched for its "]" to the text's end: 200 KB took
    0.6 s, twice as long each time the line doubled (a reviewer's walkthrough)."""

    def seconds(n: int) -> float:
        text, reader = "\\x[" * n, _Reader("")
        started = time.perf_counter()
        for at in range(2, len(text), 3):
            reader.option_at(text, at)
        return time.perf_counter() - started

    # (the best of three runs each: one run of a loaded machine's was slow by chance)
    small = min(seconds(50_000) for _ in range(3))
    large = min(seconds(200_000) for _ in range(3))
    assert large < 8 * small + 0.1  # (4 times the text: 16 times the time before)


def test_siunitx_quantities_read_as_the_page_prints_them() -> None:
    """``\\SIrange{1}{5}{\\km}`` read "1 5", its unit lost, and ``\\SI{5}{\\kilo\\metre}``
    "5" (an academic's walkthrough): the same figure in the draft's .md or .docx, "1–5 km",
    was a change."""
    source = (
        "\\begin{document}\nRoads of \\SIrange{1}{5}{\\km}, \\qtyrange[mode=text]{2}{3}{km} "
        "and \\SI{5}{\\kilo\\metre} at \\qty{30}{\\kilo\\metre\\per\\hour}; \\SI{20}{\\percent} "
        "of \\SI{4}{\\square\\metre}, \\SI{3}{\\degreeCelsius}, \\numrange{1}{5}, "
        "\\num{1200}, \\SIlist{1;2;3}{\\km}, \\numlist{4;5}, in \\si{\\km} and "
        "\\unit{\\kilo\\gram}.\n\\end{document}"
    )
    assert latex_read(source)[0] == (
        "Roads of 1–5 km, 2–3 km and 5 km at 30 km/h; 20% of 4 m², 3 °C, 1–5, 1200, "
        "1 km, 2 km and 3 km, 4 and 5, in km and kg."
    )
