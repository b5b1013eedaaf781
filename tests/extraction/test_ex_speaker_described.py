"""What describes the speaker ("Bolivia's chief negotiator X said") or locates the scene ("In Lima, the minister
rejected ...") names no target: the speaker's own side and the venue are not whom a position is put to."""
from __future__ import annotations

from service.extraction.targets import TargetChooser


def test_a_place_that_locates_the_scene_is_no_target(extract):
    ex = extract("Chile demands that Peru change its constitution before the treaty is signed. Lima has refused so "
                 "far. In Lima, Foreign Minister Ana Ruiz rejected the precondition, proposing instead that the treaty "
                 "be signed now.")
    assert next(d.target for d in ex.demands if d.kind == "rejection") == "Chile"


def test_the_party_describing_an_unaffiliated_speaker_is_his_side(extractor):
    doc = extractor.nlp("Bolivia and Chile resumed talks on Monday. Bolivia's chief negotiator Ivo Markel said on "
                        "Tuesday that his country will never give up the valley.")
    actors = extractor.actor_finder.find(doc)
    chooser = TargetChooser(actors, [])
    sent = list(doc.sents)[1]
    position = [t for t in sent if t.i > next(t.i for t in sent if t.lower_ == "that")]
    if not actors.actors["Ivo Markel"].affiliation:
        assert chooser.describing_speaker("Ivo Markel", position, sent) == ("Bolivia",)
    assert chooser.describing_speaker("Chile", position, sent) == ()
