"""The record schema, defined once. The Arrow schema, the Hugging Face `Features` and the JSON Schema
under schema/ are all generated from COLUMNS (`quotes schema --write` regenerates the files; a test
checks they are current)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa


@dataclass(frozen=True)
class Column:
    name: str
    arrow: pa.DataType
    nullable: bool
    meaning: str
    example: str


COLUMNS: tuple[Column, ...] = (
    Column("quote_id", pa.string(), False, "Stable id: hash of doc_id and the quote's offsets.", "9f2c4e1a7b3d5c80"),
    Column("doc_id", pa.string(), False, "Document id (seed file stem, or the input's `id`).", "000_cabdd02d52f7c5d6"),
    Column("quote", pa.string(), False, "The quoted words, exactly as in the text, without the marks.", "تقدما كبيرا"),
    Column("start", pa.int32(), False, "Code-point offset of the quote in the document text as read.", "1662"),
    Column("end", pa.int32(), False, "End offset (exclusive): text[start:end] == quote.", "1673"),
    Column("kind", pa.string(), False, "direct | partial | continuation.", "partial"),
    Column("speaker", pa.string(), True, "Canonical speaker name (fullest spelling), title removed.", "دونالد ترامب"),
    Column("speaker_id", pa.string(), True, "One speaker across the build, whatever the spelling (from the registry "
           "id for known speakers). A generic, title-only or anonymous speaker no article or registry resolves is "
           "scoped to its document: p-…@ and 8 characters of the document's digest.", "p-5d1e0c2b9a44"),
    Column("speaker_type", pa.string(), True, "person | organisation | anonymous | document | title.", "person"),
    Column("speaker_mention", pa.string(), True, "The speaker as written near the cue (null when implicit).",
           "الرئيس الأمريكي"),
    Column("speaker_title", pa.string(), True, "Title given with the mention, kept apart from the name.",
           "الرئيس الأمريكي"),
    Column("relay", pa.string(), True, "Outlet or agency that relayed the words (نقلت رويترز عن …).", "رويترز"),
    Column("cue", pa.string(), True, "Reporting word as written (null for a continuation).", "وقال"),
    Column("cue_lemma", pa.string(), True, "Base form of the cue.", "قال"),
    Column("published", pa.date32(), True, "Article date (null when unknown).", "2025-11-26"),
    Column("published_inferred", pa.bool_(), False, "True when `published` was inferred from the text.", "false"),
    Column("said_on", pa.date32(), True, "When the words were said, if the text says so.", "2025-10-16"),
    Column("said_on_precision", pa.string(), True, "day | month | year (null when said_on is null).", "day"),
    Column("context", pa.string(), False, "The sentence around the quote.", "وقال الرئيس الأمريكي حينها إن …"),
    Column("title", pa.string(), True, "Article title, when the input has one.", "ترمب وبوتين يتفقان على بدء مفاوضات"),
    Column("source", pa.string(), True, "Article source (outlet), when the input has one.", "ant/bbc"),
    Column("url", pa.string(), True, "Article URL, when the input has one.", ""),
    Column("rule", pa.string(), False, "Which rules found the cue and the speaker; `+role` when a title alone "
           "named the office holder on the article's date.", "cue-verb/after-verb"),
    Column("builder_version", pa.string(), False, "Version of the quotes builder that made the row.", "0.1.0"),
)

NAMES = tuple(c.name for c in COLUMNS)


def arrow_schema(with_features: bool = True) -> pa.Schema:
    schema = pa.schema([pa.field(c.name, c.arrow, nullable=c.nullable) for c in COLUMNS])
    if with_features:
        schema = schema.with_metadata({b"huggingface": json.dumps({"info": {"features": hf_features_json()}}).encode()})
    return schema


_HF_DTYPE = {pa.string(): "string", pa.int32(): "int32", pa.date32(): "date32", pa.bool_(): "bool"}


def hf_features_json() -> dict:
    """The Hugging Face `Features` as JSON (what datasets.Features.to_dict() gives)."""
    return {c.name: {"dtype": _HF_DTYPE[c.arrow], "_type": "Value"} for c in COLUMNS}


def json_schema() -> dict:
    _t = {pa.string(): {"type": "string"}, pa.int32(): {"type": "integer"}, pa.bool_(): {"type": "boolean"},
          pa.date32(): {"type": "string", "format": "date"}}
    props = {}
    for c in COLUMNS:
        p = dict(_t[c.arrow])
        if c.nullable:
            p["type"] = [p["type"], "null"]
        p["description"] = c.meaning
        props[c.name] = p
    props["kind"]["enum"] = ["direct", "partial", "continuation"]
    props["said_on_precision"]["enum"] = ["day", "month", "year", None]
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Attributed quote",
            "type": "object", "required": [c.name for c in COLUMNS], "additionalProperties": False,
            "properties": props}


def schema_files() -> dict[str, str]:
    return {"quote.schema.json": json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n",
            "features.json": json.dumps(hf_features_json(), indent=2) + "\n"}


def write_schema(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, content in schema_files().items():
        p = folder / name
        p.write_text(content, encoding="utf-8")
        out.append(p)
    return out
