from enum import StrEnum


class GetV1RunesStatsTopGainersLosersTimePeriod(StrEnum):
    TRAILING30D = "trailing30d"
    TRAILING7D = "trailing7d"
    VALUE_0 = "24h"
    VALUE_3 = "1d"
    VALUE_4 = "7d"
    VALUE_5 = "30d"

    def __str__(self) -> str:
        return str(self.value)
