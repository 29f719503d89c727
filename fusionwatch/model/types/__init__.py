"""Value types fusionwatch validates itself (FollowTheMoney covers the rest)."""
