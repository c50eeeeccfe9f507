"""armswatch stage."""
