z = 0
async def consume(src): return [x async for x in src]
