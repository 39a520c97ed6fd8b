/**
 * Services: one concrete class per feature that applies the rules, asks the ports and returns values.
 * Host glue (REST resources, context providers, macros) calls exactly one service method per request.
 */
package com.gluework.core.service;
