# Helper module defining exceptions and a function that raises.
class ModError(Exception):
    pass


class ParseError(ModError):
    def __init__(self, text, pos):
        super().__init__(f"cannot parse {text!r} at {pos}")
        self.text = text
        self.pos = pos


def parse_int(text):
    for i, ch in enumerate(text):
        if not ch.isdigit():
            raise ParseError(text, i)
    return int(text)
