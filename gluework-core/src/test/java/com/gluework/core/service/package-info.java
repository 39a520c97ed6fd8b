/** Specifications of the domain services and rules, run against in-memory adapters. */
package com.gluework.core.service;
