"""The Extractor: one spaCy parse per article, then the rule stages in order."""
from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Iterator
from importlib.metadata import version
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from .actors import ActorFinder, ActorTable
from .demands import DemandFinder
from .nlp import doc_text, load_model
from .position_classifier import WEIGHTS_FILE, PositionClassifier
from .quotes import Passage, QuoteFinder
from .records import Extraction, Quote
from .reported import ReportedFinder
from .speakers import Speakers


def rules_fingerprint() -> str:
    """A short hash of the extraction code and the position classifier's weights, so that the version changes
    with every change of a rule or of the weights, not only with a release."""
    digest = hashlib.sha256()
    for path in [*sorted(Path(__file__).parent.glob("*.py")), WEIGHTS_FILE]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def extractor_version(nlp: Language) -> str:
    """What made a record: `parley <version> (rules <hash>) / <model> <model version>`."""
    model = f"{nlp.meta['lang']}_{nlp.meta['name']}"
    return f"parley {version('parley')} (rules {rules_fingerprint()}) / {model} {nlp.meta['version']}"


class Extractor:
    """Turns an article body into actors, quotes and demands; `version` names
    this extractor in the records it makes. ``position_weights`` is the position classifier's weights file
    (None: the rules alone); ``threshold`` overrides the one stored with the weights."""

    def __init__(self, nlp: Language, position_weights: Path | None = WEIGHTS_FILE, threshold: float | None = None):
        self.nlp = nlp
        self.version = extractor_version(nlp)
        self.actor_finder = ActorFinder(nlp)
        classifier = PositionClassifier(position_weights, threshold) if position_weights else None
        self.demand_finder = DemandFinder(nlp, classifier)

    def extract(self, body: str, title: str | None = None) -> Extraction:
        """Extract from one article body (offsets index the body; the title is not parsed)."""
        return self.from_doc(self.nlp(body or ""))

    def extract_many(self, bodies: Iterable[str], batch_size: int = 16) -> Iterator[Extraction]:
        """Extract from many bodies, parsing them in batches through ``nlp.pipe``."""
        for doc in self.nlp.pipe((b or "" for b in bodies), batch_size=batch_size):
            yield self.from_doc(doc)

    def from_doc(self, doc: Doc) -> Extraction:
        """Run the rule stages over a parsed body."""
        if not doc_text(doc).strip():
            return Extraction(extractor=self.version)
        actors, speakers, quote_finder, direct, passages = self._speech(doc)
        reported = ReportedFinder(doc, speakers, quote_finder).find(direct)
        demands = self.demand_finder.find(doc, actors, speakers, quote_finder, passages)
        return Extraction(actors=actors.records(), quotes=direct + reported, demands=demands,
                          extractor=self.version)

    def sentence_features(self, doc: Doc) -> list[tuple[Span, list[str]]]:
        """Each sentence of a parsed body with the position classifier's features (for training it)."""
        actors, speakers, quote_finder, _, passages = self._speech(doc)
        return self.demand_finder.sentence_features(doc, actors, speakers, quote_finder, passages)

    def _speech(self, doc: Doc) -> tuple[ActorTable, Speakers, QuoteFinder, list[Quote], list[Passage]]:
        """The actors, who speaks, and the direct quotes with their passages."""
        actors = self.actor_finder.find(doc)
        speakers = Speakers(doc, actors)
        quote_finder = QuoteFinder(doc, speakers)
        direct, passages = quote_finder.quotes()
        return actors, speakers, quote_finder, direct, passages


@functools.cache
def load_extractor(model_name: str) -> Extractor:
    """The Extractor over a model loaded once per process (raises ModelNotInstalledError if missing)."""
    return Extractor(load_model(model_name))
