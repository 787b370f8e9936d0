"""A trained sentence classifier beside the rules (issue 10).

The rules miss events told in open vocabulary ("Moscow slapped new curbs on ..."); a small spaCy
`textcat_multilabel` trained on annotated sentences says which PLOVER types a sentence holds and
whether it states a position. `data` builds its training sentences, `train` fits and saves it,
`model` loads the shipped weights, and `events` turns a confident label into an event record with the
rules' own role finders. See docs/training.md.
"""
