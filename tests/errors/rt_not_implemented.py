class Base:
    def run(self):
        raise NotImplementedError("subclasses must override run")

class Child(Base):
    pass

Child().run()
