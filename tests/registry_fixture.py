"""The small speaker registry the registry and identity tests share."""
import json

REGISTRY = "\n".join(json.dumps(x, ensure_ascii=False) for x in [
    {"_doc": "a test registry"},
    {"id": "obama", "type": "person", "name": "باراك أوباما", "en": "Barack Obama", "variants": ["أوباما"],
     "roles": [{"title": ["الرئيس الأمريكي", "رئيس الولايات المتحدة"], "from": "2009-01-20", "to": "2017-01-20"}]},
    {"id": "trump", "type": "person", "name": "دونالد ترامب", "en": "Donald Trump", "wikidata": "Q22686",
     "variants": ["ترامب", "ترمب"],
     "roles": [{"title": "الرئيس الأمريكي", "from": "2017-01-20", "to": "2021-01-20"},
               {"title": "الرئيس الأمريكي", "from": "2025-01-20"}]},
    {"id": "salman", "type": "person", "name": "سلمان بن عبد العزيز", "en": "King Salman",
     "roles": [{"title": "الملك", "name": "سلمان", "from": "2015-01-23"}]},
])
