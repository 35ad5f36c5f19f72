"""Contains all the data models used in inputs/outputs"""

from .get_v1_bitcoin_address_address_summary_response_200 import (
    GetV1BitcoinAddressAddressSummaryResponse200,
)
from .get_v1_bitcoin_address_address_utxo_response_200 import (
    GetV1BitcoinAddressAddressUtxoResponse200,
)
from .get_v1_bitcoin_address_address_utxo_response_200_items_item import (
    GetV1BitcoinAddressAddressUtxoResponse200ItemsItem,
)
from .get_v1_bitcoin_address_address_utxo_response_200_items_item_status import (
    GetV1BitcoinAddressAddressUtxoResponse200ItemsItemStatus,
)
from .get_v1_bitcoin_mempool_stats_response_200 import (
    GetV1BitcoinMempoolStatsResponse200,
)
from .get_v1_bitcoin_mempool_stats_response_200_projected_blocks_item import (
    GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItem,
)
from .get_v1_bitcoin_mempool_stats_response_200_projected_blocks_item_fee_rates import (
    GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItemFeeRates,
)
from .get_v1_bitcoin_price_response_200 import GetV1BitcoinPriceResponse200
from .get_v1_brc_20_ticker_ticker_response_200 import GetV1Brc20TickerTickerResponse200
from .get_v1_brc_20_ticker_ticker_response_200_prices import (
    GetV1Brc20TickerTickerResponse200Prices,
)
from .get_v1_brc_20_ticker_ticker_response_200_prices_floor_price import (
    GetV1Brc20TickerTickerResponse200PricesFloorPrice,
)
from .get_v1_brc_20_ticker_ticker_response_200_prices_floor_price_percentage_change_24h import (
    GetV1Brc20TickerTickerResponse200PricesFloorPricePercentageChange24H,
)
from .get_v1_brc_20_ticker_ticker_response_200_prices_last_sale_price import (
    GetV1Brc20TickerTickerResponse200PricesLastSalePrice,
)
from .get_v1_brc_20_ticker_ticker_response_200_volume_24h import (
    GetV1Brc20TickerTickerResponse200Volume24H,
)
from .get_v1_brc_20_ticker_ticker_response_200_volume_24h_percentage_change import (
    GetV1Brc20TickerTickerResponse200Volume24HPercentageChange,
)
from .get_v1_inscriptions_batch_response_200_item import (
    GetV1InscriptionsBatchResponse200Item,
)
from .get_v1_inscriptions_batch_response_200_item_collection_floor_price import (
    GetV1InscriptionsBatchResponse200ItemCollectionFloorPrice,
)
from .get_v1_inscriptions_batch_response_200_item_last_inscription_sale_price import (
    GetV1InscriptionsBatchResponse200ItemLastInscriptionSalePrice,
)
from .get_v1_inscriptions_inscription_id_response_200 import (
    GetV1InscriptionsInscriptionIdResponse200,
)
from .get_v1_inscriptions_inscription_id_response_200_collection_floor_price import (
    GetV1InscriptionsInscriptionIdResponse200CollectionFloorPrice,
)
from .get_v1_inscriptions_inscription_id_response_200_last_inscription_sale_price import (
    GetV1InscriptionsInscriptionIdResponse200LastInscriptionSalePrice,
)
from .get_v1_ordinals_address_address_brc_20_response_200 import (
    GetV1OrdinalsAddressAddressBrc20Response200,
)
from .get_v1_ordinals_address_address_collections_response_200 import (
    GetV1OrdinalsAddressAddressCollectionsResponse200,
)
from .get_v1_ordinals_address_address_collections_response_200_items_item import (
    GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItem,
)
from .get_v1_ordinals_address_address_collections_response_200_items_item_floor_price import (
    GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemFloorPrice,
)
from .get_v1_ordinals_address_address_collections_response_200_items_item_inscription_subset_item import (
    GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemInscriptionSubsetItem,
)
from .get_v1_ordinals_address_address_collections_response_200_items_item_links import (
    GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemLinks,
)
from .get_v1_ordinals_address_address_collections_response_200_items_item_market_cap import (
    GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemMarketCap,
)
from .get_v1_ordinals_address_address_inscriptions_collection_collection_id_response_200 import (
    GetV1OrdinalsAddressAddressInscriptionsCollectionCollectionIdResponse200,
)
from .get_v1_ordinals_address_address_inscriptions_collection_collection_id_response_200_inscriptions_item import (
    GetV1OrdinalsAddressAddressInscriptionsCollectionCollectionIdResponse200InscriptionsItem,
)
from .get_v1_ordinals_address_address_inscriptions_response_200 import (
    GetV1OrdinalsAddressAddressInscriptionsResponse200,
)
from .get_v1_ordinals_address_address_inscriptions_response_200_items_item import (
    GetV1OrdinalsAddressAddressInscriptionsResponse200ItemsItem,
)
from .get_v1_ordinals_address_address_runes_identifier_activity_response_200 import (
    GetV1OrdinalsAddressAddressRunesIdentifierActivityResponse200,
)
from .get_v1_ordinals_address_address_runes_identifier_activity_response_200_items_item import (
    GetV1OrdinalsAddressAddressRunesIdentifierActivityResponse200ItemsItem,
)
from .get_v1_ordinals_address_address_runes_rune_id_response_200 import (
    GetV1OrdinalsAddressAddressRunesRuneIdResponse200,
)
from .get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item import (
    GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItem,
)
from .get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_address_list import (
    GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemAddressList,
)
from .get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_address_list_items_item import (
    GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemAddressListItemsItem,
)
from .get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_own_activity_item import (
    GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemOwnActivityItem,
)
from .get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes import (
    GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunes,
)
from .get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_all_activity import (
    GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivity,
)
from .get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_all_activity_items_item import (
    GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivityItemsItem,
)
from .get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_own_activity import (
    GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesOwnActivity,
)
from .get_v1_ordinals_address_address_runes_rune_id_response_200_transactions_item_runes_own_activity_items_item import (
    GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesOwnActivityItemsItem,
)
from .get_v1_ordinals_collections_collection_id_historical_floor_prices_response_200_item import (
    GetV1OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200Item,
)
from .get_v1_ordinals_collections_collection_id_historical_floor_prices_response_200_item_floor_price import (
    GetV1OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200ItemFloorPrice,
)
from .get_v1_ordinals_collections_collection_id_holders_response_200 import (
    GetV1OrdinalsCollectionsCollectionIdHoldersResponse200,
)
from .get_v1_ordinals_collections_collection_id_holders_response_200_items_item import (
    GetV1OrdinalsCollectionsCollectionIdHoldersResponse200ItemsItem,
)
from .get_v1_ordinals_collections_collection_id_inscriptions_response_200 import (
    GetV1OrdinalsCollectionsCollectionIdInscriptionsResponse200,
)
from .get_v1_ordinals_collections_collection_id_inscriptions_response_200_inscriptions_item import (
    GetV1OrdinalsCollectionsCollectionIdInscriptionsResponse200InscriptionsItem,
)
from .get_v1_ordinals_collections_collection_id_response_200 import (
    GetV1OrdinalsCollectionsCollectionIdResponse200,
)
from .get_v1_ordinals_collections_collection_id_response_200_floor_price import (
    GetV1OrdinalsCollectionsCollectionIdResponse200FloorPrice,
)
from .get_v1_ordinals_collections_collection_id_response_200_floor_price_percentage_change_24h import (
    GetV1OrdinalsCollectionsCollectionIdResponse200FloorPricePercentageChange24H,
)
from .get_v1_ordinals_collections_collection_id_response_200_links import (
    GetV1OrdinalsCollectionsCollectionIdResponse200Links,
)
from .get_v1_ordinals_collections_collection_id_response_200_market_cap import (
    GetV1OrdinalsCollectionsCollectionIdResponse200MarketCap,
)
from .get_v1_ordinals_collections_collection_id_response_200_volume_24h import (
    GetV1OrdinalsCollectionsCollectionIdResponse200Volume24H,
)
from .get_v1_ordinals_collections_collection_id_response_200_volume_24h_percentage_change import (
    GetV1OrdinalsCollectionsCollectionIdResponse200Volume24HPercentageChange,
)
from .get_v1_runes_batch_info_response_200_item import (
    GetV1RunesBatchInfoResponse200Item,
)
from .get_v1_runes_batch_info_response_200_item_market_cap import (
    GetV1RunesBatchInfoResponse200ItemMarketCap,
)
from .get_v1_runes_batch_info_response_200_item_mint import (
    GetV1RunesBatchInfoResponse200ItemMint,
)
from .get_v1_runes_batch_info_response_200_item_mint_height import (
    GetV1RunesBatchInfoResponse200ItemMintHeight,
)
from .get_v1_runes_batch_info_response_200_item_mint_offset import (
    GetV1RunesBatchInfoResponse200ItemMintOffset,
)
from .get_v1_runes_batch_info_response_200_item_prices import (
    GetV1RunesBatchInfoResponse200ItemPrices,
)
from .get_v1_runes_batch_info_response_200_item_prices_floor_price import (
    GetV1RunesBatchInfoResponse200ItemPricesFloorPrice,
)
from .get_v1_runes_batch_info_response_200_item_prices_floor_price_percentage_change_24h import (
    GetV1RunesBatchInfoResponse200ItemPricesFloorPricePercentageChange24H,
)
from .get_v1_runes_batch_info_response_200_item_prices_last_sale_price import (
    GetV1RunesBatchInfoResponse200ItemPricesLastSalePrice,
)
from .get_v1_runes_batch_info_response_200_item_volume_24h import (
    GetV1RunesBatchInfoResponse200ItemVolume24H,
)
from .get_v1_runes_batch_info_response_200_item_volume_24h_percentage_change import (
    GetV1RunesBatchInfoResponse200ItemVolume24HPercentageChange,
)
from .get_v1_runes_identifier_activity_response_200 import (
    GetV1RunesIdentifierActivityResponse200,
)
from .get_v1_runes_identifier_activity_response_200_items_item import (
    GetV1RunesIdentifierActivityResponse200ItemsItem,
)
from .get_v1_runes_identifier_holders_response_200 import (
    GetV1RunesIdentifierHoldersResponse200,
)
from .get_v1_runes_identifier_holders_response_200_items_item import (
    GetV1RunesIdentifierHoldersResponse200ItemsItem,
)
from .get_v1_runes_identifier_response_200 import GetV1RunesIdentifierResponse200
from .get_v1_runes_identifier_response_200_market_cap import (
    GetV1RunesIdentifierResponse200MarketCap,
)
from .get_v1_runes_identifier_response_200_mint import (
    GetV1RunesIdentifierResponse200Mint,
)
from .get_v1_runes_identifier_response_200_mint_height import (
    GetV1RunesIdentifierResponse200MintHeight,
)
from .get_v1_runes_identifier_response_200_mint_offset import (
    GetV1RunesIdentifierResponse200MintOffset,
)
from .get_v1_runes_identifier_response_200_prices import (
    GetV1RunesIdentifierResponse200Prices,
)
from .get_v1_runes_identifier_response_200_prices_floor_price import (
    GetV1RunesIdentifierResponse200PricesFloorPrice,
)
from .get_v1_runes_identifier_response_200_prices_floor_price_percentage_change_24h import (
    GetV1RunesIdentifierResponse200PricesFloorPricePercentageChange24H,
)
from .get_v1_runes_response_200 import GetV1RunesResponse200
from .get_v1_runes_response_200_items_item import GetV1RunesResponse200ItemsItem
from .get_v1_runes_rune_id_historical_floor_prices_response_200_item import (
    GetV1RunesRuneIdHistoricalFloorPricesResponse200Item,
)
from .get_v1_runes_rune_id_historical_floor_prices_response_200_item_floor_price import (
    GetV1RunesRuneIdHistoricalFloorPricesResponse200ItemFloorPrice,
)
from .get_v1_runes_sort_by import GetV1RunesSortBy
from .get_v1_runes_stats_top_gainers_losers_response_200 import (
    GetV1RunesStatsTopGainersLosersResponse200,
)
from .get_v1_runes_stats_top_gainers_losers_response_200_top_gainers_item import (
    GetV1RunesStatsTopGainersLosersResponse200TopGainersItem,
)
from .get_v1_runes_stats_top_gainers_losers_response_200_top_gainers_item_current_price import (
    GetV1RunesStatsTopGainersLosersResponse200TopGainersItemCurrentPrice,
)
from .get_v1_runes_stats_top_gainers_losers_response_200_top_gainers_item_previous_price import (
    GetV1RunesStatsTopGainersLosersResponse200TopGainersItemPreviousPrice,
)
from .get_v1_runes_stats_top_gainers_losers_response_200_top_losers_item import (
    GetV1RunesStatsTopGainersLosersResponse200TopLosersItem,
)
from .get_v1_runes_stats_top_gainers_losers_time_period import (
    GetV1RunesStatsTopGainersLosersTimePeriod,
)
from .get_v1_spark_address_address_btkn_response_200 import (
    GetV1SparkAddressAddressBtknResponse200,
)
from .get_v1_spark_address_address_btkn_response_200_balance import (
    GetV1SparkAddressAddressBtknResponse200Balance,
)
from .get_v1_spark_address_address_btkn_response_200_tokens_item import (
    GetV1SparkAddressAddressBtknResponse200TokensItem,
)
from .get_v1_spark_address_address_transactions_response_200 import (
    GetV1SparkAddressAddressTransactionsResponse200,
)
from .get_v1_spark_address_address_transactions_response_200_items_item import (
    GetV1SparkAddressAddressTransactionsResponse200ItemsItem,
)
from .get_v1_spark_address_address_transactions_response_200_items_item_counterparty import (
    GetV1SparkAddressAddressTransactionsResponse200ItemsItemCounterparty,
)
from .get_v1_spark_address_address_transactions_response_200_items_item_multi_io_details import (
    GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetails,
)
from .get_v1_spark_address_address_transactions_response_200_items_item_multi_io_details_inputs_item import (
    GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsInputsItem,
)
from .get_v1_spark_address_address_transactions_response_200_items_item_multi_io_details_outputs_item import (
    GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsOutputsItem,
)
from .get_v1_spark_address_address_transactions_response_200_items_item_token_metadata import (
    GetV1SparkAddressAddressTransactionsResponse200ItemsItemTokenMetadata,
)
from .get_v1_spark_btkn_identifier_info_response_200 import (
    GetV1SparkBtknIdentifierInfoResponse200,
)
from .get_v1_spark_btkn_identifier_info_response_200_pool_info_item import (
    GetV1SparkBtknIdentifierInfoResponse200PoolInfoItem,
)
from .get_v1_spark_btkn_stats_rankings_response_200_item import (
    GetV1SparkBtknStatsRankingsResponse200Item,
)
from .get_v1_spark_btkn_stats_rankings_response_200_item_pools_item import (
    GetV1SparkBtknStatsRankingsResponse200ItemPoolsItem,
)
from .get_v1_spark_btkn_stats_rankings_sort import GetV1SparkBtknStatsRankingsSort
from .get_v1_spark_tokens_identifier_response_200_type_0 import (
    GetV1SparkTokensIdentifierResponse200Type0,
)
from .get_v1_spark_tokens_identifier_response_200_type_0_metadata_type_0 import (
    GetV1SparkTokensIdentifierResponse200Type0MetadataType0,
)
from .get_v1_spark_tokens_identifier_response_200_type_0_metadata_type_1 import (
    GetV1SparkTokensIdentifierResponse200Type0MetadataType1,
)
from .get_v1_spark_tokens_identifier_response_200_type_1_item_type_0 import (
    GetV1SparkTokensIdentifierResponse200Type1ItemType0,
)
from .get_v1_spark_tx_txid_response_200 import GetV1SparkTxTxidResponse200
from .get_v1_spark_tx_txid_response_200_bitcoin_tx_data import (
    GetV1SparkTxTxidResponse200BitcoinTxData,
)
from .get_v1_spark_tx_txid_response_200_bitcoin_tx_data_status import (
    GetV1SparkTxTxidResponse200BitcoinTxDataStatus,
)
from .get_v1_spark_tx_txid_response_200_bitcoin_tx_data_vin_item import (
    GetV1SparkTxTxidResponse200BitcoinTxDataVinItem,
)
from .get_v1_spark_tx_txid_response_200_bitcoin_tx_data_vout_item import (
    GetV1SparkTxTxidResponse200BitcoinTxDataVoutItem,
)
from .get_v1_spark_tx_txid_response_200_from import GetV1SparkTxTxidResponse200From
from .get_v1_spark_tx_txid_response_200_multi_io_details import (
    GetV1SparkTxTxidResponse200MultiIoDetails,
)
from .get_v1_spark_tx_txid_response_200_multi_io_details_inputs_item import (
    GetV1SparkTxTxidResponse200MultiIoDetailsInputsItem,
)
from .get_v1_spark_tx_txid_response_200_multi_io_details_outputs_item import (
    GetV1SparkTxTxidResponse200MultiIoDetailsOutputsItem,
)
from .get_v1_spark_tx_txid_response_200_to import GetV1SparkTxTxidResponse200To
from .get_v1_spark_tx_txid_response_200_token_metadata import (
    GetV1SparkTxTxidResponse200TokenMetadata,
)
from .get_v2_bitcoin_address_address_utxo_response_200 import (
    GetV2BitcoinAddressAddressUtxoResponse200,
)
from .get_v2_bitcoin_address_address_utxo_response_200_items_item import (
    GetV2BitcoinAddressAddressUtxoResponse200ItemsItem,
)
from .get_v2_bitcoin_address_address_utxo_response_200_items_item_status import (
    GetV2BitcoinAddressAddressUtxoResponse200ItemsItemStatus,
)
from .get_v2_ordinals_collections_collection_id_historical_floor_prices_response_200_item import (
    GetV2OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200Item,
)
from .get_v2_ordinals_collections_collection_id_historical_floor_prices_response_200_item_floor_prices_item import (
    GetV2OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200ItemFloorPricesItem,
)
from .get_v2_runes_address_address_balance_response_200 import (
    GetV2RunesAddressAddressBalanceResponse200,
)
from .get_v2_runes_address_address_balance_response_200_balances_item import (
    GetV2RunesAddressAddressBalanceResponse200BalancesItem,
)
from .get_v2_runes_address_address_balance_response_200_balances_item_pending_balance import (
    GetV2RunesAddressAddressBalanceResponse200BalancesItemPendingBalance,
)
from .post_v1_brc_20_batch_tickers_body import PostV1Brc20BatchTickersBody
from .post_v1_brc_20_batch_tickers_response_200 import (
    PostV1Brc20BatchTickersResponse200,
)
from .post_v1_brc_20_batch_tickers_response_200_items_item import (
    PostV1Brc20BatchTickersResponse200ItemsItem,
)
from .post_v1_brc_20_batch_tickers_response_200_items_item_prices import (
    PostV1Brc20BatchTickersResponse200ItemsItemPrices,
)
from .post_v1_brc_20_batch_tickers_response_200_items_item_prices_floor_price import (
    PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPrice,
)
from .post_v1_brc_20_batch_tickers_response_200_items_item_prices_floor_price_percentage_change_24h import (
    PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPricePercentageChange24H,
)
from .post_v1_brc_20_batch_tickers_response_200_items_item_prices_last_sale_price import (
    PostV1Brc20BatchTickersResponse200ItemsItemPricesLastSalePrice,
)
from .post_v1_brc_20_batch_tickers_response_200_items_item_volume_24h import (
    PostV1Brc20BatchTickersResponse200ItemsItemVolume24H,
)
from .post_v1_spark_tokens_metadata_batch_body import PostV1SparkTokensMetadataBatchBody
from .post_v1_spark_tokens_metadata_batch_response_200 import (
    PostV1SparkTokensMetadataBatchResponse200,
)
from .post_v1_spark_tokens_metadata_batch_response_200_metadata_item_type_0 import (
    PostV1SparkTokensMetadataBatchResponse200MetadataItemType0,
)
from .post_v1_spark_tokens_metadata_batch_response_200_metadata_item_type_1 import (
    PostV1SparkTokensMetadataBatchResponse200MetadataItemType1,
)
from .rune_balance_item import RuneBalanceItem
from .rune_balances_page import RuneBalancesPage

__all__ = (
    "GetV1BitcoinAddressAddressSummaryResponse200",
    "GetV1BitcoinAddressAddressUtxoResponse200",
    "GetV1BitcoinAddressAddressUtxoResponse200ItemsItem",
    "GetV1BitcoinAddressAddressUtxoResponse200ItemsItemStatus",
    "GetV1BitcoinMempoolStatsResponse200",
    "GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItem",
    "GetV1BitcoinMempoolStatsResponse200ProjectedBlocksItemFeeRates",
    "GetV1BitcoinPriceResponse200",
    "GetV1Brc20TickerTickerResponse200",
    "GetV1Brc20TickerTickerResponse200Prices",
    "GetV1Brc20TickerTickerResponse200PricesFloorPrice",
    "GetV1Brc20TickerTickerResponse200PricesFloorPricePercentageChange24H",
    "GetV1Brc20TickerTickerResponse200PricesLastSalePrice",
    "GetV1Brc20TickerTickerResponse200Volume24H",
    "GetV1Brc20TickerTickerResponse200Volume24HPercentageChange",
    "GetV1InscriptionsBatchResponse200Item",
    "GetV1InscriptionsBatchResponse200ItemCollectionFloorPrice",
    "GetV1InscriptionsBatchResponse200ItemLastInscriptionSalePrice",
    "GetV1InscriptionsInscriptionIdResponse200",
    "GetV1InscriptionsInscriptionIdResponse200CollectionFloorPrice",
    "GetV1InscriptionsInscriptionIdResponse200LastInscriptionSalePrice",
    "GetV1OrdinalsAddressAddressBrc20Response200",
    "GetV1OrdinalsAddressAddressCollectionsResponse200",
    "GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItem",
    "GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemFloorPrice",
    "GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemInscriptionSubsetItem",
    "GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemLinks",
    "GetV1OrdinalsAddressAddressCollectionsResponse200ItemsItemMarketCap",
    "GetV1OrdinalsAddressAddressInscriptionsCollectionCollectionIdResponse200",
    "GetV1OrdinalsAddressAddressInscriptionsCollectionCollectionIdResponse200InscriptionsItem",
    "GetV1OrdinalsAddressAddressInscriptionsResponse200",
    "GetV1OrdinalsAddressAddressInscriptionsResponse200ItemsItem",
    "GetV1OrdinalsAddressAddressRunesIdentifierActivityResponse200",
    "GetV1OrdinalsAddressAddressRunesIdentifierActivityResponse200ItemsItem",
    "GetV1OrdinalsAddressAddressRunesRuneIdResponse200",
    "GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItem",
    "GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemAddressList",
    "GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemAddressListItemsItem",
    "GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemOwnActivityItem",
    "GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunes",
    "GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivity",
    "GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesAllActivityItemsItem",
    "GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesOwnActivity",
    "GetV1OrdinalsAddressAddressRunesRuneIdResponse200TransactionsItemRunesOwnActivityItemsItem",
    "GetV1OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200Item",
    "GetV1OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200ItemFloorPrice",
    "GetV1OrdinalsCollectionsCollectionIdHoldersResponse200",
    "GetV1OrdinalsCollectionsCollectionIdHoldersResponse200ItemsItem",
    "GetV1OrdinalsCollectionsCollectionIdInscriptionsResponse200",
    "GetV1OrdinalsCollectionsCollectionIdInscriptionsResponse200InscriptionsItem",
    "GetV1OrdinalsCollectionsCollectionIdResponse200",
    "GetV1OrdinalsCollectionsCollectionIdResponse200FloorPrice",
    "GetV1OrdinalsCollectionsCollectionIdResponse200FloorPricePercentageChange24H",
    "GetV1OrdinalsCollectionsCollectionIdResponse200Links",
    "GetV1OrdinalsCollectionsCollectionIdResponse200MarketCap",
    "GetV1OrdinalsCollectionsCollectionIdResponse200Volume24H",
    "GetV1OrdinalsCollectionsCollectionIdResponse200Volume24HPercentageChange",
    "GetV1RunesBatchInfoResponse200Item",
    "GetV1RunesBatchInfoResponse200ItemMarketCap",
    "GetV1RunesBatchInfoResponse200ItemMint",
    "GetV1RunesBatchInfoResponse200ItemMintHeight",
    "GetV1RunesBatchInfoResponse200ItemMintOffset",
    "GetV1RunesBatchInfoResponse200ItemPrices",
    "GetV1RunesBatchInfoResponse200ItemPricesFloorPrice",
    "GetV1RunesBatchInfoResponse200ItemPricesFloorPricePercentageChange24H",
    "GetV1RunesBatchInfoResponse200ItemPricesLastSalePrice",
    "GetV1RunesBatchInfoResponse200ItemVolume24H",
    "GetV1RunesBatchInfoResponse200ItemVolume24HPercentageChange",
    "GetV1RunesIdentifierActivityResponse200",
    "GetV1RunesIdentifierActivityResponse200ItemsItem",
    "GetV1RunesIdentifierHoldersResponse200",
    "GetV1RunesIdentifierHoldersResponse200ItemsItem",
    "GetV1RunesIdentifierResponse200",
    "GetV1RunesIdentifierResponse200MarketCap",
    "GetV1RunesIdentifierResponse200Mint",
    "GetV1RunesIdentifierResponse200MintHeight",
    "GetV1RunesIdentifierResponse200MintOffset",
    "GetV1RunesIdentifierResponse200Prices",
    "GetV1RunesIdentifierResponse200PricesFloorPrice",
    "GetV1RunesIdentifierResponse200PricesFloorPricePercentageChange24H",
    "GetV1RunesResponse200",
    "GetV1RunesResponse200ItemsItem",
    "GetV1RunesRuneIdHistoricalFloorPricesResponse200Item",
    "GetV1RunesRuneIdHistoricalFloorPricesResponse200ItemFloorPrice",
    "GetV1RunesSortBy",
    "GetV1RunesStatsTopGainersLosersResponse200",
    "GetV1RunesStatsTopGainersLosersResponse200TopGainersItem",
    "GetV1RunesStatsTopGainersLosersResponse200TopGainersItemCurrentPrice",
    "GetV1RunesStatsTopGainersLosersResponse200TopGainersItemPreviousPrice",
    "GetV1RunesStatsTopGainersLosersResponse200TopLosersItem",
    "GetV1RunesStatsTopGainersLosersTimePeriod",
    "GetV1SparkAddressAddressBtknResponse200",
    "GetV1SparkAddressAddressBtknResponse200Balance",
    "GetV1SparkAddressAddressBtknResponse200TokensItem",
    "GetV1SparkAddressAddressTransactionsResponse200",
    "GetV1SparkAddressAddressTransactionsResponse200ItemsItem",
    "GetV1SparkAddressAddressTransactionsResponse200ItemsItemCounterparty",
    "GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetails",
    "GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsInputsItem",
    "GetV1SparkAddressAddressTransactionsResponse200ItemsItemMultiIoDetailsOutputsItem",
    "GetV1SparkAddressAddressTransactionsResponse200ItemsItemTokenMetadata",
    "GetV1SparkBtknIdentifierInfoResponse200",
    "GetV1SparkBtknIdentifierInfoResponse200PoolInfoItem",
    "GetV1SparkBtknStatsRankingsResponse200Item",
    "GetV1SparkBtknStatsRankingsResponse200ItemPoolsItem",
    "GetV1SparkBtknStatsRankingsSort",
    "GetV1SparkTokensIdentifierResponse200Type0",
    "GetV1SparkTokensIdentifierResponse200Type0MetadataType0",
    "GetV1SparkTokensIdentifierResponse200Type0MetadataType1",
    "GetV1SparkTokensIdentifierResponse200Type1ItemType0",
    "GetV1SparkTxTxidResponse200",
    "GetV1SparkTxTxidResponse200BitcoinTxData",
    "GetV1SparkTxTxidResponse200BitcoinTxDataStatus",
    "GetV1SparkTxTxidResponse200BitcoinTxDataVinItem",
    "GetV1SparkTxTxidResponse200BitcoinTxDataVoutItem",
    "GetV1SparkTxTxidResponse200From",
    "GetV1SparkTxTxidResponse200MultiIoDetails",
    "GetV1SparkTxTxidResponse200MultiIoDetailsInputsItem",
    "GetV1SparkTxTxidResponse200MultiIoDetailsOutputsItem",
    "GetV1SparkTxTxidResponse200To",
    "GetV1SparkTxTxidResponse200TokenMetadata",
    "GetV2BitcoinAddressAddressUtxoResponse200",
    "GetV2BitcoinAddressAddressUtxoResponse200ItemsItem",
    "GetV2BitcoinAddressAddressUtxoResponse200ItemsItemStatus",
    "GetV2OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200Item",
    "GetV2OrdinalsCollectionsCollectionIdHistoricalFloorPricesResponse200ItemFloorPricesItem",
    "GetV2RunesAddressAddressBalanceResponse200",
    "GetV2RunesAddressAddressBalanceResponse200BalancesItem",
    "GetV2RunesAddressAddressBalanceResponse200BalancesItemPendingBalance",
    "PostV1Brc20BatchTickersBody",
    "PostV1Brc20BatchTickersResponse200",
    "PostV1Brc20BatchTickersResponse200ItemsItem",
    "PostV1Brc20BatchTickersResponse200ItemsItemPrices",
    "PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPrice",
    "PostV1Brc20BatchTickersResponse200ItemsItemPricesFloorPricePercentageChange24H",
    "PostV1Brc20BatchTickersResponse200ItemsItemPricesLastSalePrice",
    "PostV1Brc20BatchTickersResponse200ItemsItemVolume24H",
    "PostV1SparkTokensMetadataBatchBody",
    "PostV1SparkTokensMetadataBatchResponse200",
    "PostV1SparkTokensMetadataBatchResponse200MetadataItemType0",
    "PostV1SparkTokensMetadataBatchResponse200MetadataItemType1",
    "RuneBalanceItem",
    "RuneBalancesPage",
)
