/** Server settings of the bench's throwaway clusters: durable (fsync on), sized as a small dedicated server. */
export const benchServerSettings = {
  shared_buffers: '2GB',
  effective_cache_size: '8GB',
  work_mem: '64MB',
  maintenance_work_mem: '512MB',
  max_wal_size: '8GB',
  random_page_cost: '1.1',
}
