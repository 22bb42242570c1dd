y = 2
async def main(): await other()
