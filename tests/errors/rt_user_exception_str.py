class BadThing(ValueError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return "bad thing #" + str(self.code)

raise BadThing(7)
