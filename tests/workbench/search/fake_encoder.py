"""A stand-in for the sentence encoder in app tests: no model to load, deterministic.

Each word (lowercased, letters and digits) adds to a few hashed dimensions, so texts that
share words are close and texts that share none are not. Configured with
``SEARCH_ENCODER = "tests.workbench.search.fake_encoder:HashingEncoder"``.
"""
import hashlib
import re

import numpy as np

DIM = 512
WORD = re.compile(r"\w+")


class HashingEncoder:
    def encode(self, texts):
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in WORD.findall(text.lower()):
                digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
                out[row, int.from_bytes(digest[:4], "little") % DIM] += 1.0
                out[row, int.from_bytes(digest[4:], "little") % DIM] += 0.5
        return out
