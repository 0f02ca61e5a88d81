"""Stage 4: speakers. Walks one article's cues in order and attributes every linked quote: the cue's
subject is read where the text writes it (subjects.py), and resolved to a person, body, unnamed source
or document issuer of the article's cast (cast.py)."""
from __future__ import annotations

from dataclasses import replace

from .cast import Cast, Memory
from .cues import Link, describes_speech
from .lexicon import Lexicon
from .mentions import Parser
from .names import name_key
from .normalize import key
from .model import Attribution, Cue, Step
from .agreement import plural_source
from .sieves import decide
from .subjects import Subjects
from .text import Analysis, tokenize


SHORT_WORDS = 3            # a framed span this short with no speaker is not kept (a term, a name)
NO_SPEAKER = "no-speaker"   # the rule of a quote whose cue was found but no sieve named its speaker
CONTINUES = "a quote right after the previous one across a sentence end continues it: «…». «…»"
FULL_NAME = "the article names this person more fully after the quote (يجيب الكاتب هاني … ويضيف نسيرة)"
LIST = "a quote listed right after the previous one in the same sentence (…«…»، «…») shares its cue"


class Resolver:
    """Walks one document's cues in order, tracking who is speaking, and attributes every linked quote."""

    def __init__(self, an: Analysis, links: list[Link], cues: dict[int, Cue], extents: dict[int, int],
                 lex: Lexicon):
        self.an, self.links, self.cues, self.lex = an, links, cues, lex
        self.p = Parser(an, lex, extents)
        self.memory = Memory()
        self.cast = Cast(an, self.p, lex, self.memory)
        self.subjects = Subjects(an, self.p, self.cast, cues, lex, self.memory)
        self.quoted = {link.cue_index for link in links}     # the cues that introduce a quote

    def run(self) -> list[Attribution]:
        out: list[Attribution] = []
        at: dict[int, int] = {}         # index of a link → index of its attribution in out
        ordered = sorted(self.cues)
        ci_pos = 0
        for li, link in enumerate(self.links):
            o = self.an.index_at(link.span.open_at)
            # walk every cue before this quote, so that speakers named without quotes are tracked too
            while ci_pos < len(ordered) and ordered[ci_pos] < o:
                self._visit(ordered[ci_pos])
                ci_pos += 1
            if link.kind == "continuation" and link.previous in at:
                prev = out[at[link.previous]]
                at[li] = len(out)
                out.append(replace(prev, span=link.span, kind="continuation", cue=None, mention=None,
                                   rule="continuation", trace=(Step("continuation", "chose", CONTINUES),)))
                continue
            if link.cue_index is None:
                continue
            if link.cue_index not in self.memory.cue_speaker:
                self._visit(link.cue_index)
            got = self.memory.cue_speaker[link.cue_index]
            if link.rule.endswith("+list") and li - 1 in at:
                prev = out[at[li - 1]]
                at[li] = len(out)
                out.append(replace(prev, span=link.span, kind=link.kind, cue=link.cue,
                                   trace=prev.trace + (Step("list", "chose", LIST),)))
                continue
            trace = tuple(self.memory.cue_trace[link.cue_index])
            sp = got.speaker
            if sp is None and self._short(link.span):
                continue                # a span of three words or fewer that nobody is said to say is a term
            at[li] = len(out)
            if sp is None:              # a quote with a speech frame whose speaker no sieve found: kept, said so
                out.append(Attribution(link.span, link.kind, link.cue, got.mention, None, None, None, None,
                                       f"{link.rule}/{NO_SPEAKER}", got.relay, trace))
                continue
            out.append(Attribution(link.span, link.kind, link.cue, got.mention, sp.name, sp.key, sp.title, sp.type,
                                   f"{link.rule}/{got.rule}", got.relay, trace))
        return [self._final(a) for a in out]

    def _final(self, a: Attribution) -> Attribution:
        """The attribution with the fullest name the whole article gives its person (cast.final_name)."""
        if a.speaker_type != "person" or (name := self.cast.final_name(a.speaker, a.speaker_key)) is None:
            return a
        return replace(a, speaker=name, speaker_key=name_key(name, self.lex),
                       trace=a.trace + (Step("full-name", "chose", FULL_NAME, name),))

    def _short(self, span) -> bool:
        """Three words or fewer: too short to be taken for speech on its frame alone."""
        return sum(1 for t in tokenize(self.an.text, span.start, span.end) if t.is_word) <= SHORT_WORDS

    def _visit(self, ci: int) -> None:
        if ci in self.memory.cue_speaker:
            return
        cue = self.cues[ci]
        trace: list[Step] = []
        got = decide(self.subjects, ci, cue, trace, ci in self.quoted)
        self.memory.cue_trace[ci] = trace
        if ci not in self.quoted and describes_speech(self.an, ci, self.lex):
            # خلال مقابلة نقلها موقع "جول"، في كلمة نقلها التلفزيون: the outlet relayed his words, he speaks on;
            # nobody speaks at this cue for a later one of the sentence (وأضاف)
            self.memory.cue_speaker[ci] = replace(got, speaker=None)
            return
        self.memory.cue_speaker[ci] = got
        sp, m, rule = got.speaker, got.mention, got.rule
        if sp is not None and m is not None and rule == "relay":
            # ونقلت وكالة فرانس برس عن متحدث … قوله «…». وأضاف: the relayed person speaks on; the verb's
            # gender is the agency's, not his
            self.memory.last = sp
            if m.kind == "anonymous" and m.text.split()[0].rstrip("\u064b\u064c\u064d").endswith("ة"):
                self.memory.last_fem = sp     # عن موظفة في يوتيوب …، وأضافت: an unnamed source in ة (not أسامة)
            else:
                self.memory.last_masc = sp
            self.memory.met_as = None
        elif sp is not None and not rule.startswith("embedded") and (
                m is not None and cue.form == "verb" or rule in ("clause-subject", "previous-subject")):
            # the speaker named at the cue, or the subject of the sentence a participle follows (وخالفتها
            # مرايف قائلة): a later لكنها قالت is that speaker
            self.memory.last = sp
            self.memory.met_as = (None if cue.form not in ("verb", "participle") or cue.relay or cue.plural
                                  else "f" if cue.feminine else "m")
            if cue.feminine:
                self.memory.last_fem = sp
            elif not cue.plural:
                self.memory.last_masc = sp
            if cue.plural or plural_source(sp, self.lex):
                self.memory.last_plural = sp    # وقال متظاهرون … وشددوا: the plural source speaks on
                self.memory.plural_sentence = self.an.sentence[ci]
        elif sp is not None and sp.type == "person" and (
                cue.form == "according" or cue.form == "noun" and m is not None and rule != "noun-formula"):
            # بحسب X، ونقلت رويترز عن X قوله «…»: X speaks on (وأضاف «…»), and a title tells the gender a later
            # verb agrees with (وبحسب وزير الخارجية مايك بومبيو، … وأضاف)
            self.memory.last = sp
            self.memory.met_as = None
            title = sp.title or (m.title if m is not None else None)
            if title and title.split()[0].rstrip("\u064b\u064c\u064d").endswith(("ة", "ته", "تها", "تهم")):
                self.memory.last_fem = sp
            elif title or self._male_given(sp.name):
                self.memory.last_masc = sp      # وفقا لإيان ستانارد، …. ويقول: a man's given name tells it too

    def _male_given(self, name: str) -> bool:
        """Does the name open with a given name the lexicon knows that has no feminine ending (إيان، محمد; not فاطمة،
        ألكسندرا, nor أسامة or مصطفى, which the ending cannot tell)?"""
        first = next(iter(name.split()), "")
        return bool(first) and self.p.first_name(key(first)) and not first.endswith(("ة", "ا", "ى", "ء"))

