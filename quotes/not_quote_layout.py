"""Stage 2b, the layout rules of the not-quote rules (quotes/not_quotes.py asks them in its order): marks
around no words, text left between two quotes, a link to another article, a heading. Each reads the span's
shape or its paragraph, not the words around it, and says in one line why."""
from __future__ import annotations

from .span_context import Span, link_paragraphs
from .text import SENTENCE_END, tokenize


def no_words(x: Span) -> str | None:
    """No letters at all: a number or a symbol in marks is emphasis, not speech."""
    return "no words" if not any(ch.isalpha() for ch in x.text[x.s.start:x.s.end]) else None


def between_quotes(x: Span) -> str | None:
    """Text that starts with punctuation lies between two quotes (لـ"اليوم"، أن "…": the span «، أن »), and so
    does text whose opening mark closes a quoted number and whose closing mark opens the next one (منها
    "39"وقائياً و"9"علاجي: the span «وقائياً و»)."""
    if x.text[x.s.start:x.s.start + 1] in "،,.:؛;!؟?)":
        return "between quotes"
    end = x.s.close_at + 1 if x.s.close_at is not None else None
    after = x.text[end:end + 2].strip() if end is not None else ""
    return "between quotes" if x.s.open_at > 0 and x.text[x.s.open_at - 1].isdigit() and after[:1].isdigit() \
        else None


def function_words_only(x: Span) -> str | None:
    """Nothing but function words (إلى، و، أو، من) in marks: the text between two quotes whose marks were
    paired one off (اسم جمهورية مقدونيا "إلى" "مقدونيا الشمالية")."""
    preps = x.lex.groups["prepositions"]
    return "between quotes" if x.inner and all(k in preps or k in ("و", "او", "ثم") for k in x.keys) \
        else None                       # not «لا»: an answer


def related_link(x: Span) -> str | None:
    """A link to another article (اقرأ أيضا: …، قد يهمك| …): its headline's marks are not this article's quotes."""
    return "related link" if any(a <= x.s.open_at < b for a, b in link_paragraphs(x.text)) else None


def heading(x: Span) -> str | None:
    """A heading: a short paragraph with no sentence punctuation and no reporting verb (read only for a
    paragraph's one span: reading it for every span of a long paragraph would be quadratic)."""
    if x.n_in_paragraph != 1:
        return None
    para = x.text[x.lo:x.hi].strip()
    para_words = [t for t in tokenize(x.text, x.lo, x.hi) if t.is_word]
    if (len(para_words) <= x.lex.heading_max_words and para[-1] not in SENTENCE_END
            and para[-1] not in ":" and not any(t.key in x.lex.cues for t in para_words)):
        return "heading"
    return None


def unclosed_name(x: Span) -> str | None:
    """A mark never closed that opens on a news outlet's or a body's name followed by a comma (وأفادت "فرانس برس،
    بأن …): the marks of the name, the closing one lost — what follows is the report, not a quotation."""
    if x.s.close_at is not None or len(x.inner) < 3:
        return None
    for n in (1, 2, 3):
        name = " ".join(t.key for t in x.inner[:n])
        after = x.text[x.inner[n - 1].end:x.inner[n - 1].end + 1]
        if after and after in "،," and (name in x.lex.outlets or name in x.lex.org_names):
            return "unclosed name"
    return None
