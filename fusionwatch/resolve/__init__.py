"""Resolution: normalize -> block -> score (features) -> cluster -> judgements."""
