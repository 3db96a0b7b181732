"""Wording cues shared by the generic reader and the publisher profiles."""

from __future__ import annotations

import re

CONTRIBUTOR_CUES = re.compile(r"补充报道|補充報導|補充報道|协助报道|協助報導|additional reporting", re.I)
"""A closing line naming contributors: `具酉娜（Yuna Ku）在首尔补充报道。`, `Additional reporting by …`."""
