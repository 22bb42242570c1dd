x = 1
async def fetch():
    return 1
