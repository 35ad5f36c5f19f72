from enum import StrEnum


class GetV1SparkBtknStatsRankingsSort(StrEnum):
    TVL_ASC = "TVL_ASC"
    TVL_DESC = "TVL_DESC"
    VOLUME24H_ASC = "VOLUME24H_ASC"
    VOLUME24H_DESC = "VOLUME24H_DESC"

    def __str__(self) -> str:
        return str(self.value)
