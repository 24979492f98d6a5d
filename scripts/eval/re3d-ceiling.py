#!/usr/bin/env python3
"""How high can a name tagger score on re3d? An upper bound, computed from the gold itself.

usage (from the project root): python3 scripts/eval/re3d-ceiling.py [../shared/eval]

re3d annotates descriptive phrases as entities ("an ISIL tactical unit" as an Organization,
"the city of Mosul" as a Place, "We" as an Organization). newsgraph finds names: in those
phrases it finds "ISIL" and "Mosul", which the shared scorer counts as false positives.
This builds two imaginary perfect taggers and scores them with the shared scorer:
  names:              every name-like gold span, exact and rightly typed; inside every
                      descriptive gold span, the capitalised name it contains (what any
                      name tagger finds there); nothing else
  names + pronouns:   the same, plus every capitalised pronoun gold span ("We", "It")
Nothing here enters the product: it reads the gold at run time and writes to a temp folder.
"""
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

EVAL = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "eval")
SCORER = os.path.join(EVAL, "score_ner.py")
DIRS = sorted(p for p in (os.path.join(EVAL, "re3d", d) for d in os.listdir(os.path.join(EVAL, "re3d"))) if os.path.isdir(p))
spec = importlib.util.spec_from_file_location("score_ner", SCORER)
score_ner = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score_ner)

PRONOUNS = {"we", "they", "it", "he", "she", "i"}
CONNECTORS = {"of", "and", "the", "for", "de", "al", "in", "on", "&", "-"}
CAPITALISED_RUN = re.compile(r"[A-Z][\w.\-’']*(?:\s+(?:of\s+)?[A-Z][\w.\-’']*)*")


def words(text):
    w = [x for x in re.split(r"\s+", text.strip()) if x]
    return w[1:] if w and w[0].lower() == "the" else w


def is_pronoun(text):
    return len(words(text)) == 1 and words(text)[0].lower() in PRONOUNS


def is_name(text):
    w = words(text)
    if not w or is_pronoun(text) or not w[0][0].isupper():
        return False
    return all(x[0].isupper() or x[0].isdigit() or x.lower() in CONNECTORS or x.startswith("al-") for x in w)


def perfect_tagger(gold, with_pronouns):
    for doc_id, mentions in gold.items():
        found = []
        for begin, end, typ, text in mentions:
            if is_name(text) or (with_pronouns and is_pronoun(text)):
                found.append((begin, end, typ, text))
            elif not is_pronoun(text):
                for m in CAPITALISED_RUN.finditer(text):
                    found.append((begin + m.start(), begin + m.end(), typ, m.group()))
        yield {"docId": doc_id, "entities": [{"type": t, "mentions": [{"start": b, "end": e, "text": x}]} for b, e, t, x in found]}


def score(predictions):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for p in predictions:
            f.write(json.dumps(p) + "\n")
    out = subprocess.run([sys.executable, SCORER, *DIRS, "--pred", f.name, "--named", "--json"], capture_output=True, text=True, check=True)
    os.unlink(f.name)
    return json.loads(out.stdout.splitlines()[0])["typed"]


if __name__ == "__main__":
    _, gold = score_ner.load_gold(DIRS, True)
    total = sum(len(m) for m in gold.values())
    names = sum(1 for m in gold.values() for _, _, _, t in m if is_name(t))
    print(f"named gold mentions: {total}, of which name-like: {names} ({names / total:.0%})")
    for label, with_pronouns in (("names", False), ("names + pronouns", True)):
        r = score(perfect_tagger(gold, with_pronouns))
        print(f"perfect tagger, {label}: typed P {r['P']} R {r['R']} F1 {r['F1']}")
