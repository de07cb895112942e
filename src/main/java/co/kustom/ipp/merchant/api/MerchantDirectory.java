package co.kustom.ipp.merchant.api;

import java.util.UUID;

/** Which merchants there are, as the merchant view knows them. */
public interface MerchantDirectory {

    long count();

    boolean exists(UUID merchantId);
}
