/**
 * Sign-in, accounts and the security rules of the whole site.
 */
@NullMarked
package org.bcua.registry.admin;

import org.jspecify.annotations.NullMarked;
