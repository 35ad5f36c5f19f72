from enum import StrEnum


class GetV1RunesSortBy(StrEnum):
    ETCH = "etch"
    RUNENAME = "runeName"

    def __str__(self) -> str:
        return str(self.value)
