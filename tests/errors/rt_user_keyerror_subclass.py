class MissingSetting(KeyError):
    pass

raise MissingSetting("timeout")
