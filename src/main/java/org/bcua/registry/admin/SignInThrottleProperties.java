package org.bcua.registry.admin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How repeated failed sign-ins are slowed down. Failures are counted within a window;
 * when a count reaches its limit, sign-in is refused for the block duration after the
 * last failure, then allowed again. Nothing is blocked for good.
 *
 * @param window how far back failures count
 * @param block how long sign-in is refused once a limit is reached
 * @param perAccountAndAddress failures for one account from one client address
 * @param perAddress failures from one client address, whatever the accounts, after which
 * an account that fails from there may try again only once per block: strangers sharing
 * the address (one NAT, a proxy) slow each other down but cannot lock out an owner who
 * has not failed there
 * @param perAccount failures for one account from all addresses; addresses from which the
 * account signed in before are exempt, so an attack from elsewhere cannot lock its owner
 * out
 */
@ConfigurationProperties("registry.sign-in")
public record SignInThrottleProperties(@DefaultValue("15m") Duration window, @DefaultValue("5m") Duration block,
		@DefaultValue("5") int perAccountAndAddress, @DefaultValue("20") int perAddress,
		@DefaultValue("50") int perAccount) {

}
