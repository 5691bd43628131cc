// CloudFormation resource types (AWS CDK and plain templates): what each is and what destroying it costs.
// The common types are weighed by hand, like their Terraform counterparts in aws.ts; every other type of the
// CloudFormation specification gets an entry from the specification's stateful flag (cloudformation-types.ts).
import { STATEFUL_TYPES, TYPES_BY_NAMESPACE } from './cloudformation-types.js';
import type { CatalogEntry } from './types.js';

const hand = (): Readonly<Record<string, CatalogEntry>> => ({
  // Databases: their rows exist nowhere else, and everything that queries them stops.
  'AWS::RDS::DBInstance': { class: 'data', dataLoss: 1, outage: 0.9, what: 'relational database instance', identity: ['DBInstanceIdentifier'] },
  'AWS::RDS::DBCluster': { class: 'data', dataLoss: 1, outage: 0.9, what: 'Aurora/RDS database cluster', identity: ['DBClusterIdentifier'] },
  'AWS::RDS::GlobalCluster': { class: 'data', dataLoss: 1, outage: 0.9, what: 'Aurora global database', identity: ['GlobalClusterIdentifier'] },
  'AWS::DynamoDB::Table': { class: 'data', dataLoss: 1, outage: 0.9, what: 'DynamoDB table', identity: ['TableName'] },
  'AWS::DynamoDB::GlobalTable': { class: 'data', dataLoss: 1, outage: 0.9, what: 'DynamoDB global table', identity: ['TableName'] },
  'AWS::DocDB::DBCluster': { class: 'data', dataLoss: 1, outage: 0.9, what: 'DocumentDB cluster', identity: ['DBClusterIdentifier'] },
  'AWS::DocDBElastic::Cluster': { class: 'data', dataLoss: 1, outage: 0.9, what: 'DocumentDB elastic cluster', identity: ['ClusterName'] },
  'AWS::Neptune::DBCluster': { class: 'data', dataLoss: 1, outage: 0.9, what: 'Neptune graph database cluster', identity: ['DBClusterIdentifier'] },
  'AWS::Redshift::Cluster': { class: 'data', dataLoss: 1, outage: 0.9, what: 'Redshift data warehouse', identity: ['ClusterIdentifier'] },
  'AWS::RedshiftServerless::Namespace': { class: 'data', dataLoss: 1, outage: 0.9, what: 'Redshift Serverless namespace', identity: ['NamespaceName'] },
  'AWS::Cassandra::Keyspace': { class: 'data', dataLoss: 1, outage: 0.9, what: 'Keyspaces (Cassandra) keyspace', identity: ['KeyspaceName'] },
  'AWS::Cassandra::Table': { class: 'data', dataLoss: 1, outage: 0.8, what: 'Keyspaces (Cassandra) table', identity: ['KeyspaceName', 'TableName'] },
  'AWS::Timestream::Database': { class: 'data', dataLoss: 1, outage: 0.8, what: 'Timestream database', identity: ['DatabaseName'] },
  'AWS::Timestream::Table': { class: 'data', dataLoss: 1, outage: 0.8, what: 'Timestream table', identity: ['DatabaseName', 'TableName'] },
  'AWS::QLDB::Ledger': { class: 'data', dataLoss: 1, outage: 0.9, what: 'QLDB ledger', identity: ['Name'] },
  'AWS::SDB::Domain': { class: 'data', dataLoss: 1, outage: 0.8, what: 'SimpleDB domain' },
  'AWS::MemoryDB::Cluster': { class: 'data', dataLoss: 0.9, outage: 0.9, what: 'MemoryDB (durable Redis) cluster', identity: ['ClusterName'] },
  'AWS::DSQL::Cluster': { class: 'data', dataLoss: 1, outage: 0.9, what: 'Aurora DSQL cluster' },
  'AWS::Lightsail::Database': { class: 'data', dataLoss: 1, outage: 0.9, what: 'Lightsail database', identity: ['RelationalDatabaseName'] },
  'AWS::Cognito::UserPool': { class: 'data', dataLoss: 1, outage: 0.9, what: 'Cognito user pool (users and password hashes cannot be exported)', identity: ['UserPoolName'] },
  // Instances inside a database cluster: the storage belongs to the cluster, but capacity and endpoints go.
  'AWS::DocDB::DBInstance': { class: 'data', dataLoss: 0.5, outage: 0.7, what: 'instance in a DocumentDB cluster', identity: ['DBInstanceIdentifier'] },
  'AWS::Neptune::DBInstance': { class: 'data', dataLoss: 0.5, outage: 0.7, what: 'instance in a Neptune cluster', identity: ['DBInstanceIdentifier'] },
  // Metadata catalogs: the data stays in S3, but the schemas and partitions describing it go.
  'AWS::Glue::Database': { class: 'data', dataLoss: 0.6, outage: 0.6, what: 'Glue catalog database', identity: ['DatabaseInput.Name'] },
  'AWS::Glue::Table': { class: 'data', dataLoss: 0.6, outage: 0.5, what: 'Glue catalog table', identity: ['DatabaseName', 'TableInput.Name'] },
  // Search domains: indexes take long to rebuild and often hold the only copy of logs.
  'AWS::OpenSearchService::Domain': { class: 'data', dataLoss: 0.9, outage: 0.8, what: 'OpenSearch domain', identity: ['DomainName'] },
  'AWS::Elasticsearch::Domain': { class: 'data', dataLoss: 0.9, outage: 0.8, what: 'Elasticsearch domain', identity: ['DomainName'] },
  'AWS::OpenSearchServerless::Collection': { class: 'data', dataLoss: 0.9, outage: 0.8, what: 'OpenSearch Serverless collection', identity: ['Name'] },
  'AWS::Kendra::Index': { class: 'data', dataLoss: 0.7, outage: 0.7, what: 'Kendra search index', identity: ['Name'] },
  // Caches: contents can be rebuilt, but a cold or missing cache takes the application down with it.
  'AWS::ElastiCache::CacheCluster': { class: 'data', dataLoss: 0.6, outage: 0.9, what: 'ElastiCache cluster', identity: ['ClusterName'] },
  'AWS::ElastiCache::ReplicationGroup': { class: 'data', dataLoss: 0.6, outage: 0.9, what: 'ElastiCache replication group', identity: ['ReplicationGroupId'] },
  'AWS::ElastiCache::ServerlessCache': { class: 'data', dataLoss: 0.6, outage: 0.9, what: 'ElastiCache serverless cache', identity: ['ServerlessCacheName'] },
  'AWS::DAX::Cluster': { class: 'data', dataLoss: 0.4, outage: 0.8, what: 'DynamoDB Accelerator cluster', identity: ['ClusterName'] },
  // Object, block and file storage: the bytes are the only copy.
  'AWS::S3::Bucket': { class: 'data', dataLoss: 1, outage: 0.8, what: 'S3 bucket', identity: ['BucketName'] },
  'AWS::S3Express::DirectoryBucket': { class: 'data', dataLoss: 1, outage: 0.8, what: 'S3 directory bucket', identity: ['BucketName'] },
  'AWS::S3Tables::TableBucket': { class: 'data', dataLoss: 1, outage: 0.8, what: 'S3 table bucket', identity: ['TableBucketName'] },
  'AWS::EC2::Volume': { class: 'data', dataLoss: 1, outage: 0.7, what: 'EBS volume' },
  'AWS::EFS::FileSystem': { class: 'data', dataLoss: 1, outage: 0.8, what: 'EFS file system' },
  'AWS::FSx::FileSystem': { class: 'data', dataLoss: 1, outage: 0.8, what: 'FSx file system' },
  // Snapshots, backups and archives: they are the way back, so losing them removes the safety net.
  'AWS::Backup::BackupVault': { class: 'data', dataLoss: 1, outage: 0.3, what: 'AWS Backup vault (holds recovery points)', identity: ['BackupVaultName'] },
  'AWS::Events::Archive': { class: 'data', dataLoss: 0.9, outage: 0.2, what: 'EventBridge event archive', identity: ['ArchiveName'] },
  // Queues and streams: messages in flight are lost, and producers and consumers break.
  'AWS::SQS::Queue': { class: 'data', dataLoss: 0.8, outage: 0.7, what: 'SQS queue', identity: ['QueueName'] },
  'AWS::Kinesis::Stream': { class: 'data', dataLoss: 0.9, outage: 0.8, what: 'Kinesis data stream', identity: ['Name'] },
  'AWS::MSK::Cluster': { class: 'data', dataLoss: 0.9, outage: 0.9, what: 'MSK (Kafka) cluster', identity: ['ClusterName'] },
  'AWS::MSK::ServerlessCluster': { class: 'data', dataLoss: 0.9, outage: 0.9, what: 'MSK Serverless (Kafka) cluster', identity: ['ClusterName'] },
  'AWS::AmazonMQ::Broker': { class: 'data', dataLoss: 0.8, outage: 0.9, what: 'Amazon MQ broker', identity: ['BrokerName'] },
  // Encryption keys: destroying one makes everything encrypted with it unreadable.
  'AWS::KMS::Key': { class: 'data', dataLoss: 1, outage: 0.9, what: 'KMS key' },
  'AWS::KMS::ReplicaKey': { class: 'data', dataLoss: 1, outage: 0.9, what: 'KMS multi-Region replica key' },
  'AWS::ACMPCA::CertificateAuthority': { class: 'data', dataLoss: 1, outage: 0.9, what: 'private certificate authority (its key and chain cannot come back)', credential: true },
  // Secrets and parameters: values rotated or set outside the template exist nowhere else.
  'AWS::SecretsManager::Secret': { class: 'data', dataLoss: 0.8, outage: 0.7, what: 'Secrets Manager secret', identity: ['Name'] },
  'AWS::SSM::Parameter': { class: 'data', dataLoss: 0.5, outage: 0.6, what: 'SSM parameter', identity: ['Name'] },
  // Logs and audit: history cannot be re-recorded (moderate: usually not what the service runs on).
  'AWS::Logs::LogGroup': { class: 'data', dataLoss: 0.7, outage: 0.3, what: 'CloudWatch log group', identity: ['LogGroupName'] },
  'AWS::Logs::LogStream': { class: 'data', dataLoss: 0.6, outage: 0.2, what: 'CloudWatch log stream', identity: ['LogGroupName', 'LogStreamName'] },
  'AWS::CloudTrail::Trail': { class: 'data', dataLoss: 0.5, outage: 0.4, what: 'CloudTrail trail (events go unrecorded while it is gone)', identity: ['TrailName'] },
  'AWS::CloudTrail::EventDataStore': { class: 'data', dataLoss: 0.9, outage: 0.3, what: 'CloudTrail Lake event data store', identity: ['Name'] },
  'AWS::GuardDuty::Detector': { class: 'data', dataLoss: 0.6, outage: 0.3, what: 'GuardDuty detector (its findings go with it)' },
  // Code and image repositories: pushed artifacts and history are the only copy.
  'AWS::ECR::Repository': { class: 'data', dataLoss: 0.8, outage: 0.7, what: 'ECR container image repository', identity: ['RepositoryName'] },
  'AWS::ECR::PublicRepository': { class: 'data', dataLoss: 0.8, outage: 0.6, what: 'ECR Public repository', identity: ['RepositoryName'] },
  'AWS::CodeCommit::Repository': { class: 'data', dataLoss: 1, outage: 0.6, what: 'CodeCommit Git repository', identity: ['RepositoryName'] },
  'AWS::CodeArtifact::Domain': { class: 'data', dataLoss: 0.9, outage: 0.6, what: 'CodeArtifact domain', identity: ['DomainName'] },
  'AWS::CodeArtifact::Repository': { class: 'data', dataLoss: 0.8, outage: 0.6, what: 'CodeArtifact package repository', identity: ['DomainName', 'RepositoryName'] },
  'AWS::SageMaker::NotebookInstance': { class: 'data', dataLoss: 0.7, outage: 0.3, what: 'SageMaker notebook instance (its volume holds work)', identity: ['NotebookInstanceName'] },
  // DNS zones: records made outside the template go with it, and a new zone gets new name servers.
  'AWS::Route53::HostedZone': { class: 'data', dataLoss: 1, outage: 0.9, what: 'Route 53 hosted zone', identity: ['Name'] },
  'AWS::Serverless::SimpleTable': { class: 'data', dataLoss: 1, outage: 0.9, what: 'DynamoDB table (SAM)', identity: ['TableName'] },
  // CDK custom resources that hold data: a replica table goes with its custom resource.
  'Custom::DynamoDBReplica': { class: 'data', dataLoss: 1, outage: 0.6, what: 'DynamoDB replica managed by a CDK custom resource' },

  // Networks: everything inside must be rebuilt when they are replaced.
  'AWS::EC2::VPC': { class: 'foundation', dataLoss: 0, outage: 0.9, what: 'VPC' },
  'AWS::EC2::Subnet': { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'VPC subnet' },
  'AWS::EC2::VPCCidrBlock': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'secondary VPC CIDR block' },
  'AWS::EC2::InternetGateway': { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'internet gateway' },
  'AWS::EC2::VPCGatewayAttachment': { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'gateway attachment to a VPC' },
  'AWS::EC2::EgressOnlyInternetGateway': { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'egress-only internet gateway' },
  'AWS::EC2::NatGateway': { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'NAT gateway (its public IP changes)' },
  'AWS::EC2::DHCPOptions': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'VPC DHCP options set' },
  'AWS::EC2::VPCDHCPOptionsAssociation': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'VPC DHCP options association' },
  'AWS::EC2::NetworkInterface': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'elastic network interface (fixed private IPs)' },
  'AWS::EFS::MountTarget': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'EFS mount target (the file system stays)' },
  'AWS::EC2::PrefixList': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'managed prefix list', identity: ['PrefixListName'] },
  // Routing: traffic stops until it is back, but nothing is lost.
  'AWS::EC2::RouteTable': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'route table' },
  'AWS::EC2::Route': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'route in a route table' },
  'AWS::EC2::SubnetRouteTableAssociation': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'route table association' },
  // Firewalls: a replaced security group takes every attached interface with it.
  'AWS::EC2::SecurityGroup': { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'security group', identity: ['GroupName', 'VpcId'] },
  'AWS::EC2::SecurityGroupIngress': { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'security group ingress rule' },
  'AWS::EC2::SecurityGroupEgress': { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'security group egress rule' },
  'AWS::EC2::NetworkAcl': { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'network ACL' },
  'AWS::EC2::NetworkAclEntry': { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'network ACL rule' },
  'AWS::EC2::SubnetNetworkAclAssociation': { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'network ACL association' },
  // Connectivity between networks: every workload on the far side loses its path.
  'AWS::EC2::VPCEndpoint': { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'VPC endpoint' },
  'AWS::EC2::VPCEndpointService': { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'VPC endpoint service (PrivateLink)' },
  'AWS::EC2::VPCPeeringConnection': { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'VPC peering connection' },
  'AWS::EC2::TransitGateway': { class: 'foundation', dataLoss: 0, outage: 1, what: 'transit gateway' },
  'AWS::EC2::TransitGatewayAttachment': { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'transit gateway VPC attachment' },
  'AWS::EC2::TransitGatewayVpcAttachment': { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'transit gateway VPC attachment' },
  'AWS::EC2::TransitGatewayRouteTable': { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'transit gateway route table' },
  'AWS::EC2::TransitGatewayRoute': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'transit gateway route' },
  'AWS::EC2::VPNGateway': { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'virtual private gateway' },
  'AWS::EC2::CustomerGateway': { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'customer gateway' },
  'AWS::EC2::VPNConnection': { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'site-to-site VPN connection (new tunnel keys for the far side)', credential: true },
  'AWS::Route53Resolver::ResolverEndpoint': { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'Route 53 Resolver endpoint' },
  'AWS::Route53Resolver::ResolverRule': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'Route 53 Resolver rule' },
  'AWS::Route53Resolver::ResolverRuleAssociation': { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'Route 53 Resolver rule association' },
  'AWS::ServiceDiscovery::PrivateDnsNamespace': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'Cloud Map private DNS namespace', identity: ['Name'] },
  // Database plumbing: replacing it forces the databases that use it to be modified or rebooted.
  'AWS::RDS::DBSubnetGroup': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'RDS subnet group', identity: ['DBSubnetGroupName'] },
  'AWS::DocDB::DBSubnetGroup': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'DocumentDB subnet group', identity: ['DBSubnetGroupName'] },
  'AWS::Neptune::DBSubnetGroup': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'Neptune subnet group', identity: ['DBSubnetGroupName'] },
  'AWS::ElastiCache::SubnetGroup': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'ElastiCache subnet group', identity: ['CacheSubnetGroupName'] },
  'AWS::RDS::DBParameterGroup': { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'RDS parameter group', identity: ['DBParameterGroupName'] },
  'AWS::RDS::DBClusterParameterGroup': { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'RDS cluster parameter group', identity: ['DBClusterParameterGroupName'] },
  'AWS::RDS::OptionGroup': { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'RDS option group', identity: ['OptionGroupName'] },
  'AWS::ElastiCache::ParameterGroup': { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'ElastiCache parameter group' },
  // Load balancers: a new one gets a new DNS name that clients and records still point away from.
  'AWS::ElasticLoadBalancingV2::LoadBalancer': { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'load balancer', identity: ['Name'] },
  'AWS::ElasticLoadBalancing::LoadBalancer': { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'classic load balancer', identity: ['LoadBalancerName'] },
  'AWS::ElasticLoadBalancingV2::Listener': { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'load balancer listener', identity: ['LoadBalancerArn', 'Port'] },
  'AWS::ElasticLoadBalancingV2::ListenerRule': { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'load balancer listener rule', identity: ['ListenerArn', 'Priority'] },
  'AWS::ElasticLoadBalancingV2::TargetGroup': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'load balancer target group', identity: ['Name'] },
  // Container platforms: every workload on them goes, and with it state the cluster keeps (volumes, secrets).
  'AWS::EKS::Cluster': { class: 'foundation', dataLoss: 0.6, outage: 1, what: 'EKS Kubernetes cluster', identity: ['Name'] },
  'Custom::AWSCDK-EKS-Cluster': { class: 'foundation', dataLoss: 0.6, outage: 1, what: 'EKS Kubernetes cluster (CDK custom resource)' },
  'AWS::EKS::Nodegroup': { class: 'foundation', dataLoss: 0.1, outage: 0.7, what: 'EKS managed node group', identity: ['ClusterName', 'NodegroupName'] },
  'AWS::EKS::FargateProfile': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'EKS Fargate profile', identity: ['ClusterName', 'FargateProfileName'] },
  'AWS::EKS::Addon': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'EKS add-on (CNI, DNS, storage drivers)', identity: ['ClusterName', 'AddonName'] },
  'AWS::ECS::Cluster': { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'ECS cluster', identity: ['ClusterName'] },
  'AWS::ECS::CapacityProvider': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'ECS capacity provider', identity: ['Name'] },
  'AWS::ECS::ClusterCapacityProviderAssociations': { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'ECS cluster capacity providers' },
  'AWS::Batch::ComputeEnvironment': { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'Batch compute environment' },
  'AWS::SNS::Topic': { class: 'foundation', dataLoss: 0.3, outage: 0.7, what: 'SNS topic (subscriptions made outside the template go with it)', identity: ['TopicName'] },
  'AWS::Events::EventBus': { class: 'foundation', dataLoss: 0.1, outage: 0.6, what: 'EventBridge event bus', identity: ['Name'] },
  // Accounts and organizational units: closing an account takes everything in it.
  'AWS::Organizations::Account': { class: 'foundation', dataLoss: 1, outage: 1, what: 'AWS account', identity: ['Email'] },
  'AWS::Organizations::OrganizationalUnit': { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'organizational unit', identity: ['Name', 'ParentId'] },
  // Nested stacks: their resources are read from the nested template and weighed one by one; when the template
  // is not at hand, the reader says so with a finding of its own.
  'AWS::CloudFormation::Stack': { class: 'foundation', dataLoss: 0, outage: 0.3, what: 'nested stack (its resources are weighed one by one)' },
  'AWS::Serverless::Application': { class: 'foundation', dataLoss: 0, outage: 0.3, what: 'nested application (SAM; a nested stack)' },

  // Roles and users: running services and people lose access until it is back, with new IDs.
  'AWS::IAM::Role': { class: 'identity', dataLoss: 0, outage: 0.6, what: 'IAM role', identity: ['RoleName'] },
  'AWS::IAM::User': { class: 'identity', dataLoss: 0.2, outage: 0.5, what: 'IAM user (console password and MFA devices go with it)', identity: ['UserName'] },
  'AWS::IAM::Group': { class: 'identity', dataLoss: 0, outage: 0.5, what: 'IAM group', identity: ['GroupName'] },
  'AWS::IAM::ManagedPolicy': { class: 'identity', dataLoss: 0, outage: 0.5, what: 'IAM managed policy', identity: ['ManagedPolicyName'] },
  'AWS::IAM::InstanceProfile': { class: 'identity', dataLoss: 0, outage: 0.5, what: 'IAM instance profile', identity: ['InstanceProfileName'] },
  'AWS::IAM::ServiceLinkedRole': { class: 'identity', dataLoss: 0, outage: 0.5, what: 'IAM service-linked role', identity: ['AWSServiceName'] },
  'AWS::IAM::OIDCProvider': { class: 'identity', dataLoss: 0, outage: 0.7, what: 'IAM OIDC identity provider (federated logins such as CI)', identity: ['Url'] },
  'Custom::AWSCDKOpenIdConnectProvider': { class: 'identity', dataLoss: 0, outage: 0.7, what: 'IAM OIDC identity provider (CDK custom resource)' },
  'AWS::IAM::SAMLProvider': { class: 'identity', dataLoss: 0, outage: 0.7, what: 'IAM SAML identity provider', identity: ['Name'] },
  'AWS::IAM::ServerCertificate': { class: 'identity', dataLoss: 0, outage: 0.5, what: 'IAM server certificate', identity: ['ServerCertificateName'] },
  'AWS::SSO::PermissionSet': { class: 'identity', dataLoss: 0, outage: 0.5, what: 'IAM Identity Center permission set', identity: ['Name'] },
  'AWS::Organizations::Policy': { class: 'identity', dataLoss: 0, outage: 0.5, what: 'Organizations policy (SCP)', identity: ['Name'] },
  'AWS::Cognito::IdentityPool': { class: 'identity', dataLoss: 0.3, outage: 0.6, what: 'Cognito identity pool (identity IDs change)', identity: ['IdentityPoolName'] },
  'AWS::Cognito::UserPoolGroup': { class: 'identity', dataLoss: 0, outage: 0.3, what: 'Cognito user group', identity: ['UserPoolId', 'GroupName'] },
  'AWS::KMS::Alias': { class: 'identity', dataLoss: 0, outage: 0.5, what: 'KMS key alias (the name callers use)', identity: ['AliasName'] },
  'AWS::CloudFront::CloudFrontOriginAccessIdentity': { class: 'identity', dataLoss: 0, outage: 0.5, what: 'CloudFront origin access identity' },
  'AWS::CloudFront::OriginAccessControl': { class: 'identity', dataLoss: 0, outage: 0.5, what: 'CloudFront origin access control' },
  'AWS::EKS::AccessEntry': { class: 'identity', dataLoss: 0, outage: 0.5, what: 'EKS access entry', identity: ['ClusterName', 'PrincipalArn'] },
  'AWS::EKS::PodIdentityAssociation': { class: 'identity', dataLoss: 0, outage: 0.4, what: 'EKS pod identity association' },
  'AWS::CertificateManager::Certificate': { class: 'identity', dataLoss: 0, outage: 0.6, what: 'ACM certificate (a new one must validate before use)' },
  // Keys handed to others: replacing one issues new key material every holder must pick up.
  'AWS::IAM::AccessKey': { class: 'identity', dataLoss: 0, outage: 0.6, what: 'IAM access key', credential: true },
  'AWS::ApiGateway::ApiKey': { class: 'identity', dataLoss: 0, outage: 0.5, what: 'API Gateway API key', credential: true },
  'AWS::Cognito::UserPoolClient': { class: 'identity', dataLoss: 0, outage: 0.6, what: 'Cognito app client (new client ID and secret)', credential: true },
  'AWS::EC2::KeyPair': { class: 'identity', dataLoss: 0, outage: 0.4, what: 'EC2 SSH key pair', identity: ['KeyName'] },
  // Inline policies and grants: one grant among many, restored by the next deploy.
  'AWS::IAM::Policy': { class: 'identity', dataLoss: 0, outage: 0.4, what: 'IAM inline policy', identity: ['PolicyName'] },
  'AWS::IAM::RolePolicy': { class: 'identity', dataLoss: 0, outage: 0.4, what: 'IAM role inline policy', identity: ['RoleName', 'PolicyName'] },
  'AWS::IAM::UserPolicy': { class: 'identity', dataLoss: 0, outage: 0.3, what: 'IAM user inline policy', identity: ['UserName', 'PolicyName'] },
  'AWS::IAM::GroupPolicy': { class: 'identity', dataLoss: 0, outage: 0.3, what: 'IAM group inline policy', identity: ['GroupName', 'PolicyName'] },
  'AWS::IAM::UserToGroupAddition': { class: 'identity', dataLoss: 0, outage: 0.3, what: 'IAM group membership' },
  'AWS::SSO::Assignment': { class: 'identity', dataLoss: 0, outage: 0.4, what: 'IAM Identity Center account assignment' },
  'AWS::Lambda::Permission': { class: 'identity', dataLoss: 0, outage: 0.4, what: 'Lambda invoke permission' },
  'AWS::Logs::ResourcePolicy': { class: 'identity', dataLoss: 0, outage: 0.3, what: 'CloudWatch Logs resource policy', identity: ['PolicyName'] },
  'AWS::SecretsManager::ResourcePolicy': { class: 'identity', dataLoss: 0, outage: 0.3, what: 'Secrets Manager resource policy' },
  'AWS::SecretsManager::SecretTargetAttachment': { class: 'identity', dataLoss: 0, outage: 0.3, what: 'secret attached to a database' },

  // Names and entry points: clients cannot find the service while they are gone.
  'AWS::Route53::RecordSet': { class: 'edge', dataLoss: 0, outage: 0.6, what: 'DNS record', identity: ['HostedZoneId', 'Name', 'Type'] },
  'AWS::Route53::RecordSetGroup': { class: 'edge', dataLoss: 0, outage: 0.6, what: 'DNS record group' },
  'AWS::Route53::HealthCheck': { class: 'edge', dataLoss: 0, outage: 0.4, what: 'Route 53 health check' },
  'AWS::CloudFront::Distribution': { class: 'edge', dataLoss: 0, outage: 0.7, what: 'CloudFront distribution (a new one gets a new domain name)' },
  'AWS::ApiGateway::RestApi': { class: 'edge', dataLoss: 0, outage: 0.7, what: 'API Gateway REST API (its invoke URL changes)', identity: ['Name'] },
  'AWS::ApiGateway::Stage': { class: 'edge', dataLoss: 0, outage: 0.6, what: 'API Gateway stage', identity: ['RestApiId', 'StageName'] },
  'AWS::ApiGateway::Deployment': { class: 'edge', dataLoss: 0, outage: 0.3, what: 'API Gateway deployment (redeployed routinely)' },
  'AWS::ApiGateway::DomainName': { class: 'edge', dataLoss: 0, outage: 0.7, what: 'API Gateway custom domain', identity: ['DomainName'] },
  'AWS::ApiGateway::BasePathMapping': { class: 'edge', dataLoss: 0, outage: 0.6, what: 'API Gateway base path mapping' },
  'AWS::ApiGatewayV2::Api': { class: 'edge', dataLoss: 0, outage: 0.7, what: 'API Gateway HTTP/WebSocket API', identity: ['Name'] },
  'AWS::ApiGatewayV2::Stage': { class: 'edge', dataLoss: 0, outage: 0.6, what: 'API Gateway v2 stage', identity: ['ApiId', 'StageName'] },
  'AWS::ApiGatewayV2::DomainName': { class: 'edge', dataLoss: 0, outage: 0.7, what: 'API Gateway v2 custom domain', identity: ['DomainName'] },
  'AWS::ApiGatewayV2::ApiMapping': { class: 'edge', dataLoss: 0, outage: 0.6, what: 'API Gateway v2 API mapping' },
  'AWS::Serverless::Api': { class: 'edge', dataLoss: 0, outage: 0.7, what: 'API Gateway REST API (SAM)', identity: ['Name'] },
  'AWS::Serverless::HttpApi': { class: 'edge', dataLoss: 0, outage: 0.7, what: 'API Gateway HTTP API (SAM)' },
  'AWS::Lambda::Url': { class: 'edge', dataLoss: 0, outage: 0.6, what: 'Lambda function URL (the URL changes)' },
  'AWS::Cognito::UserPoolDomain': { class: 'edge', dataLoss: 0, outage: 0.6, what: 'Cognito hosted UI domain', identity: ['Domain'] },
  'AWS::ServiceDiscovery::Service': { class: 'edge', dataLoss: 0, outage: 0.5, what: 'Cloud Map service', identity: ['Name'] },
  'AWS::SES::EmailIdentity': { class: 'edge', dataLoss: 0, outage: 0.6, what: 'SES email identity (verification starts over)', identity: ['EmailIdentity'] },
  'AWS::ElasticLoadBalancingV2::ListenerCertificate': { class: 'edge', dataLoss: 0, outage: 0.5, what: 'extra certificate on a listener' },
  // Web firewalls: traffic is unfiltered or blocked while they change.
  'AWS::WAFv2::WebACL': { class: 'edge', dataLoss: 0, outage: 0.6, what: 'WAF web ACL', identity: ['Name', 'Scope'] },
  'AWS::WAFv2::WebACLAssociation': { class: 'edge', dataLoss: 0, outage: 0.5, what: 'WAF web ACL association' },
  'AWS::WAFv2::RuleGroup': { class: 'edge', dataLoss: 0, outage: 0.5, what: 'WAF rule group', identity: ['Name', 'Scope'] },
  'AWS::WAFv2::IPSet': { class: 'edge', dataLoss: 0, outage: 0.4, what: 'WAF IP set', identity: ['Name', 'Scope'] },
  'AWS::Shield::Protection': { class: 'edge', dataLoss: 0, outage: 0.4, what: 'Shield Advanced protection', identity: ['Name'] },
  // Public addresses: a released address cannot be reclaimed, and allowlists elsewhere still name it.
  'AWS::EC2::EIP': { class: 'edge', dataLoss: 0.3, outage: 0.7, what: 'Elastic IP address' },
  'AWS::GlobalAccelerator::Accelerator': { class: 'edge', dataLoss: 0.3, outage: 0.8, what: 'Global Accelerator (its static anycast IPs)', identity: ['Name'] },

  // Machines: recreated from an image, but data on the root or instance-store disk goes with them.
  'AWS::EC2::Instance': { class: 'compute', dataLoss: 0.3, outage: 0.5, what: 'EC2 instance' },
  'AWS::EMR::Cluster': { class: 'compute', dataLoss: 0.4, outage: 0.6, what: 'EMR cluster (HDFS data goes with it)', identity: ['Name'] },
  // Fleets and services: rebuilt from templates, capacity is missing while they are replaced.
  'AWS::AutoScaling::AutoScalingGroup': { class: 'compute', dataLoss: 0, outage: 0.5, what: 'Auto Scaling group', identity: ['AutoScalingGroupName'] },
  'AWS::ECS::Service': { class: 'compute', dataLoss: 0, outage: 0.5, what: 'ECS service', identity: ['ServiceName', 'Cluster'] },
  'AWS::AppRunner::Service': { class: 'compute', dataLoss: 0, outage: 0.6, what: 'App Runner service (its URL changes)', identity: ['ServiceName'] },
  'AWS::ElasticBeanstalk::Environment': { class: 'compute', dataLoss: 0.1, outage: 0.6, what: 'Elastic Beanstalk environment', identity: ['EnvironmentName'] },
  'AWS::ElasticBeanstalk::Application': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'Elastic Beanstalk application', identity: ['ApplicationName'] },
  'AWS::SageMaker::Endpoint': { class: 'compute', dataLoss: 0, outage: 0.6, what: 'SageMaker inference endpoint', identity: ['EndpointName'] },
  'AWS::SageMaker::Model': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'SageMaker model', identity: ['ModelName'] },
  'AWS::Amplify::App': { class: 'compute', dataLoss: 0, outage: 0.6, what: 'Amplify app (its default domain changes)', identity: ['Name'] },
  'AWS::Batch::JobQueue': { class: 'compute', dataLoss: 0.3, outage: 0.5, what: 'Batch job queue (queued jobs are dropped)', identity: ['JobQueueName'] },
  // Functions and workflows: code lives in the assembly or template, so a replacement is a redeploy.
  'AWS::Lambda::Function': { class: 'compute', dataLoss: 0, outage: 0.4, what: 'Lambda function', identity: ['FunctionName'] },
  'AWS::Serverless::Function': { class: 'compute', dataLoss: 0, outage: 0.4, what: 'Lambda function (SAM)', identity: ['FunctionName'] },
  'AWS::Serverless::StateMachine': { class: 'compute', dataLoss: 0.2, outage: 0.5, what: 'Step Functions state machine (SAM)', identity: ['Name'] },
  'AWS::Serverless::LayerVersion': { class: 'compute', dataLoss: 0, outage: 0.1, what: 'Lambda layer version (SAM)' },
  'AWS::EFS::AccessPoint': { class: 'compute', dataLoss: 0, outage: 0.4, what: 'EFS access point' },
  'AWS::Lambda::Alias': { class: 'compute', dataLoss: 0, outage: 0.4, what: 'Lambda alias', identity: ['FunctionName', 'Name'] },
  'AWS::Lambda::Version': { class: 'compute', dataLoss: 0, outage: 0.1, what: 'Lambda version (published routinely)' },
  'AWS::Lambda::EventSourceMapping': { class: 'compute', dataLoss: 0.2, outage: 0.4, what: 'Lambda event source mapping (stream position restarts)' },
  'AWS::Lambda::LayerVersion': { class: 'compute', dataLoss: 0, outage: 0.1, what: 'Lambda layer version' },
  'AWS::Lambda::EventInvokeConfig': { class: 'compute', dataLoss: 0, outage: 0.1, what: 'Lambda asynchronous invoke config' },
  'AWS::StepFunctions::StateMachine': { class: 'compute', dataLoss: 0.2, outage: 0.5, what: 'Step Functions state machine (running executions stop)', identity: ['StateMachineName'] },
  'AWS::StepFunctions::Activity': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'Step Functions activity', identity: ['Name'] },
  'AWS::CloudFront::Function': { class: 'compute', dataLoss: 0, outage: 0.4, what: 'CloudFront function', identity: ['Name'] },
  'AWS::ApiGateway::Resource': { class: 'compute', dataLoss: 0, outage: 0.4, what: 'API Gateway resource path' },
  'AWS::ApiGateway::Method': { class: 'compute', dataLoss: 0, outage: 0.4, what: 'API Gateway method' },
  'AWS::ApiGateway::Authorizer': { class: 'compute', dataLoss: 0, outage: 0.4, what: 'API Gateway authorizer' },
  'AWS::ApiGateway::UsagePlan': { class: 'compute', dataLoss: 0, outage: 0.4, what: 'API Gateway usage plan', identity: ['UsagePlanName'] },
  'AWS::ApiGateway::UsagePlanKey': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'API key in a usage plan' },
  'AWS::ApiGateway::Account': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'API Gateway account settings (logging role)' },
  'AWS::ApiGatewayV2::Route': { class: 'compute', dataLoss: 0, outage: 0.4, what: 'API Gateway v2 route', identity: ['ApiId', 'RouteKey'] },
  'AWS::ApiGatewayV2::Integration': { class: 'compute', dataLoss: 0, outage: 0.4, what: 'API Gateway v2 integration' },
  'AWS::CodeBuild::Project': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'CodeBuild project', identity: ['Name'] },
  'AWS::CodePipeline::Pipeline': { class: 'compute', dataLoss: 0.1, outage: 0.3, what: 'CodePipeline pipeline', identity: ['Name'] },
  'AWS::CodeDeploy::Application': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'CodeDeploy application', identity: ['ApplicationName'] },
  'AWS::CodeDeploy::DeploymentGroup': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'CodeDeploy deployment group', identity: ['ApplicationName', 'DeploymentGroupName'] },
  'AWS::Glue::Job': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'Glue job', identity: ['Name'] },
  'AWS::Glue::Crawler': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'Glue crawler', identity: ['Name'] },
  'AWS::KinesisFirehose::DeliveryStream': { class: 'compute', dataLoss: 0.2, outage: 0.6, what: 'Firehose delivery stream (buffers only minutes)', identity: ['DeliveryStreamName'] },
  // Links between compute and what it uses: recreated in seconds, traffic or I/O stops meanwhile.
  'AWS::EC2::VolumeAttachment': { class: 'compute', dataLoss: 0, outage: 0.5, what: 'EBS volume attachment (detaches a disk from a running instance)' },
  'AWS::EC2::EIPAssociation': { class: 'compute', dataLoss: 0, outage: 0.5, what: 'Elastic IP association' },
  'AWS::SNS::Subscription': { class: 'compute', dataLoss: 0, outage: 0.4, what: 'SNS topic subscription' },
  // Templates and definitions: new revisions are the normal way to change them.
  'AWS::EC2::LaunchTemplate': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'EC2 launch template', identity: ['LaunchTemplateName'] },
  'AWS::AutoScaling::LaunchConfiguration': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'Auto Scaling launch configuration', identity: ['LaunchConfigurationName'] },
  'AWS::ECS::TaskDefinition': { class: 'compute', dataLoss: 0, outage: 0.1, what: 'ECS task definition revision', identity: ['Family'] },
  'AWS::Batch::JobDefinition': { class: 'compute', dataLoss: 0, outage: 0.1, what: 'Batch job definition', identity: ['JobDefinitionName'] },
  'AWS::SSM::Document': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'SSM document', identity: ['Name'] },
  'AWS::EC2::PlacementGroup': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'EC2 placement group' },
  'AWS::CloudFront::CachePolicy': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'CloudFront cache policy' },
  'AWS::CloudFront::OriginRequestPolicy': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'CloudFront origin request policy' },
  'AWS::CloudFront::ResponseHeadersPolicy': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'CloudFront response headers policy' },
  // Scaling, scheduling and tuning: the service runs on without them for a while.
  'AWS::AutoScaling::ScalingPolicy': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'Auto Scaling policy' },
  'AWS::AutoScaling::ScheduledAction': { class: 'compute', dataLoss: 0, outage: 0.1, what: 'Auto Scaling schedule' },
  'AWS::AutoScaling::LifecycleHook': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'Auto Scaling lifecycle hook' },
  'AWS::ApplicationAutoScaling::ScalableTarget': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'Application Auto Scaling target' },
  'AWS::ApplicationAutoScaling::ScalingPolicy': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'Application Auto Scaling policy' },
  'AWS::Events::Rule': { class: 'compute', dataLoss: 0, outage: 0.4, what: 'EventBridge rule', identity: ['Name', 'EventBusName'] },
  'AWS::Scheduler::Schedule': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'EventBridge Scheduler schedule', identity: ['Name', 'GroupName'] },
  'AWS::SSM::Association': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'SSM association' },
  'AWS::SecretsManager::RotationSchedule': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'Secrets Manager rotation schedule' },
  'AWS::Backup::BackupPlan': { class: 'compute', dataLoss: 0.2, outage: 0.3, what: 'AWS Backup plan (backups stop while it is gone)' },
  'AWS::Backup::BackupSelection': { class: 'compute', dataLoss: 0.1, outage: 0.2, what: 'AWS Backup resource selection' },
  // Monitoring and log plumbing: a gap in alerts or logs, nothing the service runs on.
  'AWS::CloudWatch::Alarm': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'CloudWatch alarm', identity: ['AlarmName'] },
  'AWS::CloudWatch::CompositeAlarm': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'CloudWatch composite alarm', identity: ['AlarmName'] },
  'AWS::CloudWatch::Dashboard': { class: 'compute', dataLoss: 0, outage: 0.1, what: 'CloudWatch dashboard', identity: ['DashboardName'] },
  'AWS::Logs::SubscriptionFilter': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'log subscription filter' },
  'AWS::Logs::MetricFilter': { class: 'compute', dataLoss: 0, outage: 0.2, what: 'log metric filter' },
  'AWS::EC2::FlowLog': { class: 'compute', dataLoss: 0.2, outage: 0.2, what: 'VPC flow log (traffic goes unrecorded while it is gone)' },
  'AWS::Config::ConfigurationRecorder': { class: 'compute', dataLoss: 0.2, outage: 0.3, what: 'AWS Config recorder' },
  'AWS::SecurityHub::Hub': { class: 'compute', dataLoss: 0.3, outage: 0.3, what: 'Security Hub enablement (findings go with it)' },
  // Store sub-resources: configuration of a store; the contents stay when they go.
  'AWS::S3::BucketPolicy': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'S3 bucket policy' },
  'AWS::SQS::QueuePolicy': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'SQS queue policy' },
  'AWS::SNS::TopicPolicy': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'SNS topic policy' },
  // CDK's own custom resources: Lambda-backed helpers whose handlers keep nothing of their own.
  'Custom::S3AutoDeleteObjects': { class: 'compute', dataLoss: 0, outage: 0.1, what: 'CDK helper that empties its bucket when the bucket is deleted' },
  'Custom::CDKBucketDeployment': { class: 'compute', dataLoss: 0.1, outage: 0.3, what: 'CDK bucket deployment (files copied into a bucket)' },
  'Custom::LogRetention': { class: 'compute', dataLoss: 0, outage: 0.1, what: 'CDK helper setting a log group retention' },
  'Custom::VpcRestrictDefaultSG': { class: 'compute', dataLoss: 0, outage: 0.1, what: 'CDK helper restricting the default security group' },
  'Custom::S3BucketNotifications': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'S3 bucket notifications (CDK custom resource)' },
  'Custom::AWS': { class: 'compute', dataLoss: 0.1, outage: 0.3, what: 'AWS API call made by a CDK custom resource' },
  'Custom::CrossRegionExportWriter': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'CDK cross-region export writer' },
  'Custom::CrossRegionExportReader': { class: 'compute', dataLoss: 0, outage: 0.3, what: 'CDK cross-region export reader' },
  'Custom::AWSCDK-EKS-KubernetesResource': { class: 'compute', dataLoss: 0.3, outage: 0.5, what: 'Kubernetes manifest applied by CDK' },
  'Custom::AWSCDK-EKS-HelmChart': { class: 'compute', dataLoss: 0.3, outage: 0.5, what: 'Helm chart installed by CDK' },
  // Bookkeeping with nothing outside the stack.
  'AWS::CloudFormation::WaitConditionHandle': { class: 'ephemeral', dataLoss: 0, outage: 0.05, what: 'CloudFormation wait condition handle' },
  'AWS::CloudFormation::WaitCondition': { class: 'ephemeral', dataLoss: 0, outage: 0.05, what: 'CloudFormation wait condition' },
  'AWS::CDK::Metadata': { class: 'ephemeral', dataLoss: 0, outage: 0, what: 'CDK version-reporting metadata' },
});

/** A type the specification marks stateful that the hand table does not weigh: a data store of unknown kind. */
const STATEFUL: CatalogEntry = { class: 'data', dataLoss: 0.8, outage: 0.7, what: 'resource the CloudFormation specification marks stateful' };
/** Every other type of the specification: it keeps no data of its own, so a delete is an outage at most. */
const STATELESS: CatalogEntry = { class: 'compute', dataLoss: 0, outage: 0.4, what: 'resource the CloudFormation specification does not mark stateful' };

function fromSpecification(): Record<string, CatalogEntry> {
  const stateful = new Set(STATEFUL_TYPES);
  const table: Record<string, CatalogEntry> = {};
  for (const [namespace, names] of Object.entries(TYPES_BY_NAMESPACE)) {
    for (const name of names.split(' ')) {
      const type = `${namespace}::${name}`;
      table[type] = stateful.has(type) ? STATEFUL : STATELESS;
    }
  }
  return table;
}

/** A function, so that the table is built (and compiled) only when a CloudFormation type is looked up. */
export const cloudformation = (): Readonly<Record<string, CatalogEntry>> => ({ ...fromSpecification(), ...hand() });
