"""A faster ``__init__`` for the frozen, slotted dataclasses of the pipeline.

A frozen dataclass's own ``__init__`` stores each field through ``object.__setattr__`` (its
class refuses plain assignment), a look-up by name per field; the pipeline builds several
hundred records per article, and that was some 4 % of its instructions. The ``__init__``
made here stores each field through its slot's descriptor instead, which is what
``object.__setattr__`` ends in: same signature, defaults and values. Equality, hashing,
``repr``, ``dataclasses.fields`` and the refusal to change a field afterwards stay the
dataclass's own.
"""
from __future__ import annotations

import dataclasses


def quick_init(cls):
    """Give the frozen slotted dataclass ``cls`` an ``__init__`` that stores through slots."""
    params, body, scope = [], [], {}
    for f in dataclasses.fields(cls):
        if f.default_factory is not dataclasses.MISSING or not f.init:
            raise TypeError(f"{cls.__name__}.{f.name}: only plain fields with plain defaults")
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        scope[f"_set_{f.name}"] = getattr(cls, f.name).__set__      # the slot's descriptor
        body.append(f"    _set_{f.name}(self, {f.name})\n")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: __post_init__ is not run by quick_init")
    exec(f"def __init__(self, {', '.join(params)}):\n{''.join(body) or '    pass'}", scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init
    return cls
